"""Figures, premium and conversation for the consultant: sources, wording, charts."""

"""Replays a stream of world events through a policy with a simulated clock (SPEC §6)."""

// Progressive touches for the dashboard; every page works without them.
"use strict";

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button) return;
  const source = document.getElementById(button.dataset.copy);
  if (!source) return;
  const text = "value" in source ? source.value : source.textContent;
  const label = button.textContent;
  const done = () => {
    button.textContent = button.dataset.done || label;
    setTimeout(() => { button.textContent = label; }, 1600);
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, () => selectText(source, done));
  } else {
    selectText(source, done);
  }
});

function selectText(element, done) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  try { document.execCommand("copy"); done(); } catch (_) { /* left selected for the user */ }
}

// Ask before discarding a message: it cannot be undone.
document.addEventListener("submit", (event) => {
  const button = event.submitter;
  if (button && button.value === "discard" && button.closest("form.approve, form")) {
    const question = document.documentElement.lang === "fr"
      ? "Abandonner ce message ? Il ne sera pas envoyé."
      : "Discard this message? It will not be sent.";
    if (!window.confirm(question)) event.preventDefault();
  }
});

/**
 * The report page's behaviour, as the source text of a script (the page inlines it; the explorer
 * runs it once on its own document): a regime row selects its face details (click, Enter or
 * Space), a copy button puts its LaTeX on the clipboard. Listeners sit on the document, so rows
 * and buttons added later work too.
 */
export const REPORT_SCRIPT = String.raw`(function (doc) {
  'use strict';
  function select(row) {
    var section = row.closest('section') || doc.body;
    section.querySelectorAll('tr.face-row').forEach(function (r) { r.setAttribute('aria-selected', String(r === row)); });
    section.querySelectorAll('.face-detail').forEach(function (d) { d.hidden = d.getAttribute('data-face') !== row.getAttribute('data-face'); });
  }
  function fallbackCopy(text) {
    var area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = doc.execCommand('copy'); } catch (e) { ok = false; }
    area.remove();
    return ok;
  }
  function show(button, ok) {
    var label = button.getAttribute('data-label') || button.textContent;
    button.setAttribute('data-label', label);
    button.textContent = ok ? 'Copied' : 'Copy failed';
    setTimeout(function () { button.textContent = label; }, 1200);
  }
  function copy(button) {
    var text = button.getAttribute('data-latex') || '';
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { show(button, true); }, function () { show(button, fallbackCopy(text)); });
    } else show(button, fallbackCopy(text));
  }
  doc.addEventListener('click', function (e) {
    var t = e.target;
    if (!t || !t.closest) return;
    var button = t.closest('button.copy');
    if (button) { copy(button); return; }
    var row = t.closest('tr.face-row');
    if (row) select(row);
  });
  doc.addEventListener('keydown', function (e) {
    var row = e.target && e.target.closest ? e.target.closest('tr.face-row') : null;
    if (row && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); select(row); }
  });
})(document);`;

// nianbao review: sorting and filtering of the index's rows. Plain JavaScript, no downloads; the page works without it.
(function () {
  'use strict';
  var table = document.getElementById('reports');
  if (!table) { return; }
  var head = table.querySelector('.head');
  var body = table.querySelector('.body');
  var rows = Array.prototype.map.call(body.children, function (tr) {
    var c = tr.children;
    return { tr: tr, agency: (c[0].textContent + ' ' + c[2].textContent).toLowerCase(), year: c[1].textContent,
             format: c[3].textContent, flags: ' ' + tr.getAttribute('data-flags') + ' ',
             sev: tr.getAttribute('data-sev') };
  });
  var q = { agency: document.getElementById('q-agency'), year: document.getElementById('q-year'),
            format: document.getElementById('q-format'), flag: document.getElementById('q-flag') };
  var shown = document.getElementById('shown');

  function keep(r, agency, year, format, flag) {
    if (agency && r.agency.indexOf(agency) < 0) { return false; }
    if (year && r.year !== year) { return false; }
    if (format && r.format !== format) { return false; }
    if (flag === 'E' || flag === 'W') { return r.sev.indexOf(flag) >= 0; }
    if (flag === '-') { return r.sev === ''; }
    return !flag || r.flags.indexOf(' ' + flag + ' ') >= 0;
  }

  function filter() {
    var agency = q.agency.value.trim().toLowerCase(), year = q.year.value, format = q.format.value,
        flag = q.flag.value, n = 0;
    rows.forEach(function (r) {
      var k = keep(r, agency, year, format, flag);
      if (r.tr.hidden === k) { r.tr.hidden = !k; }
      if (k) { n++; }
    });
    shown.textContent = n + ' of ' + rows.length + ' shown';
    var params = [];
    ['agency', 'year', 'format', 'flag'].forEach(function (k) { if (q[k].value) { params.push(k + '=' + encodeURIComponent(q[k].value)); } });
    try {
      history.replaceState(null, '', params.length ? '#' + params.join('&') : location.pathname);
    } catch (e) { /* a browser that keeps file:// addresses as they are */ }
  }

  function sort(th) {
    var i = Array.prototype.indexOf.call(head.children, th), numeric = th.getAttribute('data-sort') === 'num';
    var dir = th.classList.contains('asc') ? -1 : 1;
    Array.prototype.forEach.call(head.children, function (h) { h.classList.remove('asc', 'desc'); });
    th.classList.add(dir === 1 ? 'asc' : 'desc');
    var keyed = rows.map(function (r) {
      var t = r.tr.children[i].textContent;
      return { r: r, k: numeric ? (t === '' ? -Infinity : Number(t)) : t };
    });
    keyed.sort(function (a, b) {
      if (a.k < b.k) { return -dir; }
      if (a.k > b.k) { return dir; }
      return 0;
    });
    var frag = document.createDocumentFragment();
    rows = keyed.map(function (x) { frag.appendChild(x.r.tr); return x.r; });
    body.appendChild(frag);
  }

  Array.prototype.forEach.call(head.children, function (th) {
    if (th.hasAttribute('data-sort')) { th.addEventListener('click', function () { sort(th); }); }
  });
  Object.keys(q).forEach(function (k) { q[k].addEventListener(k === 'agency' ? 'input' : 'change', filter); });
  // filters given in the address (index.html#flag=S3_ROW_SUM&year=2022), so a filtered view can be linked
  location.hash.replace(/^#/, '').split('&').forEach(function (p) {
    var kv = p.split('=');
    if (q[kv[0]] && kv.length === 2) { q[kv[0]].value = decodeURIComponent(kv[1]); }
  });
  filter();
}());

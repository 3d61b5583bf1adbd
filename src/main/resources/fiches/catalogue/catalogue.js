// The search box of the catalogue: shown only when this script runs (without it the page is
// the whole list), it hides the guides that do not hold every word typed, folded like the
// words the page was written with (lower case, no accents), and says how many are left.
// The choice of a language, when the guides have several, keeps only the guides in it; a link
// to a translation that is hidden by the search or the choice shows the whole list again.
(function () {
  'use strict';
  var search = document.getElementById('search');
  var box = document.getElementById('q');
  var count = document.getElementById('count');
  var none = document.getElementById('none');
  var guides = Array.prototype.slice.call(document.querySelectorAll('.guide'));
  var themes = Array.prototype.slice.call(document.querySelectorAll('.theme'));
  var choices = Array.prototype.slice.call(document.querySelectorAll('#languages input'));

  function fold(text) {
    // The letters typed as another (SearchWords.same has the same table): Turkish ı, alef wasla,
    // the forms of yeh, kaf and heh; tatweel and the joiners go; Arabic and Persian digits as 0-9.
    var SAME = { 'ı': 'i', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', 'ة': 'ه', 'ە': 'ه',
      'ـ': '', '\u200c': '', '\u200d': '' };

    function same(c) {
      var code = c.charCodeAt(0);
      if (code >= 0x660 && code <= 0x669) { return String(code - 0x660); }
      if (code >= 0x6f0 && code <= 0x6f9) { return String(code - 0x6f0); }
      return SAME[c];
    }

    // one sigma: Java, which folds the page's words, reads the end of a word otherwise
    return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\u03c2/g, '\u03c3')
      .replace(/[ıٱىیکةەـ\u200c\u200d\u0660-\u0669\u06f0-\u06f9]/g, same)
      .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }

  function say(n) {
    return n === 1 ? count.getAttribute('data-one') : count.getAttribute('data-many').replace('{0}', n);
  }

  function chosen() {
    var checked = choices.filter(function (c) { return c.checked; })[0];
    return checked ? checked.value : '';
  }

  function filter() {
    var words = fold(box.value).split(' ').filter(Boolean);
    var lang = chosen();
    var shown = 0;
    guides.forEach(function (guide) {
      var text = ' ' + guide.getAttribute('data-search') + ' ';
      var match = (lang === '' || guide.getAttribute('data-lang') === lang)
        && words.every(function (w) { return text.indexOf(w) !== -1; });
      guide.hidden = !match;
      if (match) { shown += 1; }
    });
    themes.forEach(function (theme) {
      theme.hidden = theme.querySelector('.guide:not([hidden])') === null;
    });
    none.hidden = shown > 0;
    count.textContent = say(shown);
  }

  function showAll() {
    box.value = '';
    choices.forEach(function (c) { c.checked = c.value === ''; });
    filter();
  }

  search.hidden = false;
  box.addEventListener('input', filter);
  choices.forEach(function (c) { c.addEventListener('change', filter); });
  Array.prototype.slice.call(document.querySelectorAll('.also a')).forEach(function (link) {
    link.addEventListener('click', function () {
      var target = document.getElementById(link.getAttribute('href').slice(1));
      if (target && target.hidden) { showAll(); }
    });
  });
  if (box.value || chosen() !== '') { filter(); }
}());

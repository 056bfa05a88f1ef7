// The plan language for CodeMirror 5 (docs/plan-language.md): the title,
// sections and story pages as headings, details and attributes as keys,
// pictures, quotes, comments and lint allowances. Uses CodeMirror's simple mode.
/* global CodeMirror */
(function () {
  "use strict";
  if (!window.CodeMirror || !CodeMirror.defineSimpleMode) return;
  CodeMirror.defineSimpleMode("planbook", {
    start: [
      { regex: /\s*\/\/\s*lint:.*$/, token: "meta", sol: true },
      { regex: /\s*\/\/.*$/, token: "comment", sol: true },
      { regex: /\s*###\s.*$/, token: "header pb-page", sol: true },
      { regex: /\s*##\s.*$/, token: "header pb-section", sol: true },
      { regex: /\s*#\s.*$/, token: "header pb-title", sol: true },
      { regex: /(\s*)(>)(.*)$/, token: [null, "quote pb-quote-mark", "quote"], sol: true },
      { regex: /(\s+)(impact|who|by|picture|phone|role)(:)/, token: [null, "attribute", "attribute"], sol: true },
      { regex: /(child|children|age|date|written by|language|shared with child|layout|reading age|copies|picture|plan type|question|0|10|worries|good things|dreams)(:)/, token: ["keyword", "keyword"], sol: true },
      { regex: /(\s*)(-)(\s)/, token: [null, "pb-bullet", null], sol: true },
      { regex: /\[picture:[^\]]*\]/, token: "string pb-picture" },
      { regex: /\((?:[^()]*)\)\s*$/, token: "pb-speaker" },
      { regex: /./, token: null },
    ],
  });
  CodeMirror.defineMIME("text/x-planbook", "planbook");
})();

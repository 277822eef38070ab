import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeHttpUrl } from '../../src/data/url.js';

test('http(s) addresses with a host may become links, without surrounding white space', () => {
  assert.equal(safeHttpUrl('http://www.portalbn.ro/'), 'http://www.portalbn.ro/');
  assert.equal(safeHttpUrl(' https://example.org/a?b=c#d '), 'https://example.org/a?b=c#d');
  assert.equal(safeHttpUrl('HTTPS://EXAMPLE.ORG/'), 'HTTPS://EXAMPLE.ORG/');
});

test('everything else stays text', () => {
  const text = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:x'];
  text.push('javascript&colon;alert(1)', 'data:text/html,<script>x</script>', 'vbscript:msgbox(1)');
  text.push('ftp://example.org/', 'file:///etc/passwd', '//example.org/', 'https:example.org', 'http://');
  text.push('www.example.org', '/pfad', '', '   ');
  for (const value of [...text, undefined])
    assert.equal(safeHttpUrl(value), undefined, JSON.stringify(value));
});

// Fetching linked sources against a local server on 127.0.0.1 (never the internet). Invented pages.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveName, archiveText, fetchSource } from '../../../src/fetch/fetchSource';

const ARTICLE = `<!doctype html><html><head><title>Bridge stays shut | Harbor Times</title><script>window.ads = "We will reopen the bridge";</script></head>
<body>
<nav><a href="/">Home</a> · <a href="/city">City</a> · Subscribe now for 1 dollar</nav>
<header><h2>Harbor Times</h2><p>Breaking: markets rally</p></header>
<aside><h3>Most read</h3><ul><li>Ten recipes for summer</li><li>Council elections guide</li></ul></aside>
<article>
<h1>Bridge stays shut past spring</h1>
<p>The Old Mill bridge will stay closed well past its spring deadline, the city said on Friday, after inspectors found rust on four of the six main cables that hold the deck.</p>
<p>"We are not discussing any new tolls this year," Mayor Lena Ortiz told reporters at City Hall, adding that the contractor would carry the cost of the delay and publish weekly updates.</p>
<p>The bridge carries forty thousand vehicles a day, according to the regional transport office, and traffic on the ring road has doubled this week as drivers look for other routes.</p>
</article>
<footer><p>© Harbor Times. All rights reserved. Cookie settings.</p></footer>
</body></html>`;

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/article':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(ARTICLE);
      case '/moved':
        res.writeHead(301, { location: '/article' });
        return void res.end();
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        return void res.end();
      case '/huge':
        res.writeHead(200, { 'content-type': 'text/html' });
        // Streamed without a length: the cap must stop the download itself.
        for (let i = 0; i < 64; i++) res.write(`<p>${'filler words '.repeat(1000)}</p>`);
        return void res.end();
      case '/slow':
        return void setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end(ARTICLE);
        }, 2000);
      case '/report.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        return void res.end('%PDF-1.4 invented');
      case '/photo.png':
        res.writeHead(200, { 'content-type': 'image/png' });
        return void res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      default:
        res.writeHead(404, { 'content-type': 'text/html' });
        return void res.end('<p>Not here</p>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const limits = { timeoutMs: 500, maxBytes: 200_000, maxRedirects: 3 };
const at = () => new Date('2026-12-01T02:00:00Z');

describe('fetching a linked source', () => {
  it('extracts the article text from a boilerplate-heavy page, with its title, time and SHA-256', async () => {
    const outcome = await fetchSource(`${base}/article`, limits, at);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { source } = outcome;
    expect(source.text).toContain('"We are not discussing any new tolls this year," Mayor Lena Ortiz told reporters');
    expect(source.text).toContain('\n\nThe bridge carries forty thousand vehicles a day');
    for (const boilerplate of ['Subscribe now', 'Most read', 'Cookie settings', 'window.ads', 'markets rally']) expect(source.text).not.toContain(boilerplate);
    expect(source.title).toContain('Bridge stays shut');
    expect(source.sha256).toBe(createHash('sha256').update(source.text).digest('hex'));
    expect(source.fetchedAt).toBe('2026-12-01T02:00:00.000Z');
    const archived = archiveText(source);
    expect(archived.split('\n').slice(0, 3)).toEqual([`URL: ${base}/article`, 'Fetched: 2026-12-01T02:00:00.000Z', `SHA-256: ${source.sha256}`]);
    expect(archiveName(`${base}/news/bridge-stays-shut?ref=x`)).toBe('127.0.0.1-news-bridge-stays-shut.txt');
  });

  it('follows a redirect and records where the page was found', async () => {
    const outcome = await fetchSource(`${base}/moved`, limits, at);
    expect(outcome.ok && outcome.source.finalUrl).toBe(`${base}/article`);
  });

  it('gives a clear message for each failure', async () => {
    const problem = async (path: string): Promise<string> => {
      const outcome = await fetchSource(path.startsWith('/') ? `${base}${path}` : path, limits, at);
      return outcome.ok ? 'fetched' : outcome.problem;
    };
    expect(await problem('/missing')).toBe(`${base}/missing: the server answered 404 Not Found`);
    expect(await problem('/loop')).toBe(`${base}/loop: more than 3 redirects, so it was not followed further`);
    expect(await problem('/huge')).toBe(`${base}/huge: is larger than 195 KB, so it was not fetched`);
    expect(await problem('/slow')).toBe(`${base}/slow: no answer within 1 s`);
    expect(await problem('/report.pdf')).toBe(`${base}/report.pdf: is application/pdf, not a web page: save its text as a .txt file under sources/ instead`);
    expect(await problem('/photo.png')).toMatch(/is image\/png, not a web page/);
    expect(await problem('ftp://127.0.0.1/file.txt')).toBe('ftp://127.0.0.1/file.txt: only http and https addresses are fetched, not ftp:');
    expect(await problem('not a url')).toBe('not a url: not a valid address');
  });
});

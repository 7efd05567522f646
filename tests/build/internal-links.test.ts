import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/fixtures.ts';

// Every page of the built site, by its URL path.
function pages(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        found.set(`/${relative(dir, folder)}${relative(dir, folder) ? '/' : ''}`, readFileSync(path, 'utf8'));
      }
    }
  };
  walk(dir);
  return found;
}

const site = pages(DIST);
const linksOf = (html: string) => [...html.matchAll(/<a\s[^>]*href="([^"]*)"/gu)].map((match) => decodeHTML(match[1]!));
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/gu)].map((match) => decodeHTML(match[1]!)));

function resolves(href: string, from: string): string | null {
  const url = new URL(href, `https://archive.test${from}`);
  if (url.origin !== 'https://archive.test') return null;
  const path = decodeURIComponent(url.pathname);
  if (site.has(path)) {
    if (url.hash && !idsOf(site.get(path)!).has(decodeURIComponent(url.hash.slice(1)))) return `${href} on ${from}: no element #${url.hash.slice(1)}`;
    return null;
  }
  const file = join(DIST, path);
  return existsSync(file) && statSync(file).isFile() ? null : `${href} on ${from}: nothing at ${path}`;
}

describe('the built site', () => {
  it('has the entity pages', () => {
    for (const prefix of ['/co-quan/', '/nhan-vat/', '/nam/', '/can-cu/']) expect([...site.keys()].some((path) => path.startsWith(prefix) && path !== prefix), prefix).toBe(true);
  });

  it('every internal link resolves, anchors included', () => {
    const broken: string[] = [];
    for (const [path, html] of site) for (const href of linksOf(html)) {
      const problem = resolves(href, path);
      if (problem) broken.push(problem);
    }
    expect(broken).toEqual([]);
  });

  it('every entity page is reachable from the home page in at most three clicks', () => {
    const depth = new Map<string, number>([['/', 0]]);
    const queue = ['/'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (depth.get(path)! >= 3) continue;
      for (const href of linksOf(site.get(path) ?? '')) {
        const url = new URL(href, `https://archive.test${path}`);
        const target = decodeURIComponent(url.pathname);
        if (url.origin !== 'https://archive.test' || !site.has(target) || depth.has(target)) continue;
        depth.set(target, depth.get(path)! + 1);
        queue.push(target);
      }
    }
    const entities = [...site.keys()].filter((path) => /^\/(?:co-quan|nhan-vat|nam|can-cu|van-ban|tin-tuc)\/[^/]+\/$/u.test(path));
    expect(entities.filter((path) => !depth.has(path))).toEqual([]);
  });

  it('Sở Ngoại vụ of Hải Phòng and of Bình Định have separate pages', () => {
    expect(site.get('/co-quan/so-ngoai-vu-hai-phong/')).toContain('Sở Ngoại vụ thành phố Hải Phòng');
    expect(site.get('/co-quan/so-ngoai-vu-binh-dinh/')).toContain('Sở Ngoại vụ tỉnh Bình Định');
  });
});

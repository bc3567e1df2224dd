import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { localisedLabels, supportedSites, uiLanguages } from '../../lib/sites';
import type { PageKind } from '../../lib/sites';

/** The regions each site must describe with selectors. */
const requiredRegions: Record<string, readonly string[]> = {
  facebook: ['profile-name', 'profile-avatar', 'profile-tabs', 'message-list', 'partner-name'],
  zalo: ['chat-title', 'chat-avatar', 'message-list', 'bubble', 'bubble-text', 'group-sender', 'thread-key', 'profile-popup'],
};

/** linkedom's selector engine (the command-line tool's) throws on selectors it cannot parse. */
const linkedomDocument = parseHTML('<!doctype html><html><body></body></html>').document;

describe('site registry (a site is data)', () => {
  it('lists each site once', () => {
    expect(supportedSites.map((site) => site.id).sort()).toEqual(['facebook', 'zalo']);
  });

  for (const site of supportedSites) {
    describe(site.id, () => {
      it('has hosts, all bare lower-case host names, none shared with another site', () => {
        expect(site.hosts.length).toBeGreaterThan(0);
        for (const host of site.hosts) expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
        const others = supportedSites.filter((other) => other !== site).flatMap((other) => other.hosts);
        expect(site.hosts.filter((host) => others.includes(host))).toEqual([]);
      });

      it('names the page kinds it reads, each with its paths', () => {
        const kinds = site.pages.map((page) => page.kind);
        expect(kinds.length).toBeGreaterThan(0);
        expect(kinds).toContain<PageKind>('thread');
        for (const page of site.pages) expect(page.paths.length).toBeGreaterThan(0);
      });

      it('has selectors for every region, each layer dated, sourced and valid CSS', () => {
        expect(Object.keys(site.regions)).toEqual(expect.arrayContaining([...(requiredRegions[site.id] ?? [])]));
        for (const [region, layers] of Object.entries(site.regions)) {
          expect(layers.length, region).toBeGreaterThan(0);
          expect(new Set(layers.map((layer) => layer.id)).size, `${region}: layer ids are unique`).toBe(layers.length);
          for (const layer of layers) {
            expect(layer.id, region).toMatch(/^[a-z0-9-]+$/);
            expect(layer.seen, `${region}:${layer.id}`).toMatch(/^\d{4}(-\d{2}){0,2}$/);
            expect(layer.source.length, `${region}:${layer.id}`).toBeGreaterThan(10);
            // A selector the engine cannot parse would throw here rather than silently never match.
            expect(() => linkedomDocument.querySelectorAll(layer.selector), `${region}:${layer.id}`).not.toThrow();
            // Atomic class names rot weekly; never anchor on them (dom-notes rule 2).
            expect(layer.selector, `${region}:${layer.id}`).not.toMatch(/\.x[0-9a-z]{5,8}\b/);
          }
        }
      });
    });
  }
});

describe('localised labels', () => {
  it('has every label in both English and Vietnamese', () => {
    expect([...uiLanguages]).toEqual(['en', 'vi']);
    for (const [key, forms] of Object.entries(localisedLabels)) {
      for (const language of uiLanguages) {
        expect(forms[language].length, `${key}.${language}`).toBeGreaterThan(0);
        for (const form of forms[language]) expect(form.trim(), `${key}.${language}`).not.toBe('');
      }
    }
  });
});

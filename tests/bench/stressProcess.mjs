import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/server.mjs';

/**
 * A very large process for the stress figures: the v5 fixture (a realistic, finished APV)
 * grown by 2,000 wishes with 6,000 mark entries under 20 themes, and 200 initiatives that each
 * build on a few of the wishes. Deterministic, so every run measures the same document; the app
 * migrates it if the schema has moved on since version 5.
 */
export function stressProcess({ id = 'bench-stress', wishes = 2_000, initiatives = 200 } = {}) {
  const base = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/v5.json'), 'utf8'));
  const doc = structuredClone(base);
  doc.id = id;
  doc.name = 'Stor proces (stresstest)';
  const at = (minute) => new Date(Date.UTC(2026, 9, 6, 12, 20 + (minute % 30))).toISOString();
  const wishList = [];
  const marks = [];
  for (let i = 0; i < wishes; i++) {
    const wishId = `sw-${i}`;
    wishList.push({
      id: wishId,
      text: `Ønske ${i}: ${['mere ro', 'faste pauser', 'bedre overlap', 'tid til sparring'][i % 4]} i team ${i % 37}`,
      group: 1 + (i % 12),
      createdAt: at(i),
      mergedInto: null,
      removedAt: null,
    });
    for (let k = 0; k < 3; k++) {
      marks.push({ id: `sm-${i}-${k}`, wishId, delta: 1 + ((i + k) % 5), at: at(i + 10) });
    }
  }
  doc.wishes = {
    ...doc.wishes,
    wishes: [...doc.wishes.wishes, ...wishList],
    marks: [...doc.wishes.marks, ...marks],
    themes: [
      ...doc.wishes.themes,
      ...Array.from({ length: 20 }, (_, t) => ({
        id: `stheme-${t}`,
        name: `Tema ${t + 1}`,
        wishIds: wishList.filter((_, i) => i % 20 === t).map((w) => w.id),
      })),
    ],
  };
  const template = base.plan.initiatives[0];
  doc.plan = {
    ...doc.plan,
    initiatives: [
      ...base.plan.initiatives,
      ...Array.from({ length: initiatives }, (_, n) => ({
        ...template,
        id: `sinit-${n}`,
        title: `Indsats ${n + 1}`,
        sourceWishIds: [0, 1, 2].map((k) => `sw-${(n * 10 + k) % wishes}`),
        sourceProposalIds: [],
      })),
    ],
  };
  return doc;
}

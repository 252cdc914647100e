/**
 * A large synthetic APV process (about `targetBytes` of JSON) that passes the app's schema
 * (src/domain/document.ts; limits in src/domain/limits.ts): long answers, many departments
 * and people. Deterministic, so every run measures the same document.
 * Written in schema version 1 (the oldest): the app migrates it to the current version on
 * the bench's unmeasured warm-up load and stores the result, so the measured reloads read
 * a current-version document without this file having to track the schema.
 */
export const LIMITS = { shortText: 300, longText: 20_000, listItems: 5_000, count: 100_000 };

const WORDS =
  'arbejdsmiljø trivsel dialog anerkendelse forberedelse kolleger ledelse støj pauserum vikarer sygefravær handleplan opfølgning fællesskab faglighed ønsker styrker'.split(
    ' ',
  );

function text(seed, length) {
  let out = '';
  let i = seed;
  while (out.length < length) {
    out += WORDS[i % WORDS.length] + (i % 11 === 0 ? '. ' : ' ');
    i = (i * 7 + 3) % 9973;
  }
  return out.slice(0, length).trimEnd();
}

const QUESTIONS = [
  'purpose',
  'difference',
  'circumstances',
  'industry',
  'managementSupport',
  'followUpResources',
];

export function largeProcess({ id = 'bench-large', targetBytes = 1_000_000 } = {}) {
  const at = '2026-11-01T10:00:00.000Z';
  const doc = {
    schemaVersion: 1,
    id,
    name: 'Stor syntetisk proces (benchmark)',
    createdAt: at,
    updatedAt: at,
    phases: {
      preparation: 'inProgress',
      meeting1: 'notStarted',
      assessment: 'notStarted',
      meeting2: 'notStarted',
      plan: 'notStarted',
      followup: 'notStarted',
    },
    people: {
      participants: 4_000,
      departments: [],
      moedeleder: text(1, 120),
      moedeassistenter: [],
      amg: [],
    },
    meetings: {
      dialogmoede1: '2027-01-12T13:00',
      vurderingsmoede: '2027-01-21T09:00',
      dialogmoede2: '2027-02-09T13:00',
      handleplanmoede: '2027-02-18T10:00',
    },
    preparation: {
      answers: Object.fromEntries(QUESTIONS.map((q, i) => [q, text(i + 2, LIMITS.longText)])),
      seriousProblems: 'no',
    },
    absence: {
      baseline: {
        from: '2026-01-01',
        to: '2026-12-31',
        plannedWorkdays: 880_000,
        daysLost: 41_000,
      },
    },
  };
  // Fill to the target size: departments, assistants and AMG members in turn.
  let n = 0;
  let size = JSON.stringify(doc).length;
  while (size < targetBytes && n < LIMITS.listItems) {
    const dept = { id: `dept-${n}`, name: text(n + 100, 200), headcount: 1 + (n % 40) };
    const assistant = { id: `assistant-${n}`, name: text(n + 200, 60) };
    const member = { id: `amg-${n}`, name: text(n + 300, 60) };
    doc.people.departments.push(dept);
    doc.people.moedeassistenter.push(assistant);
    doc.people.amg.push(member);
    size += JSON.stringify([dept, assistant, member]).length;
    n++;
  }
  return doc;
}

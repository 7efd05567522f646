import { rate, SCORED_ATTRIBUTES, SCORED_FIELDS, type ExtractionScore } from '../../src/ingest/evaluate/score-extraction.ts';

/** The floors one set of texts must stay at or above, as fractions. */
export interface Floors {
  folders: string[];
  fields: Record<string, number>;
  references: { precision: number; recall: number; f1: number };
  attributes: Record<string, number>;
}

export const FLOORS_PATH = 'tests/eval-floors.json';

/** The measured figures of a score, in the floors' shape. */
export function figuresOf(score: ExtractionScore): Omit<Floors, 'folders'> {
  return {
    fields: Object.fromEntries(SCORED_FIELDS.map((field) => [field, rate(score.fields[field])])),
    references: { precision: score.references.precision, recall: score.references.recall, f1: score.references.f1 },
    attributes: { ...Object.fromEntries(SCORED_ATTRIBUTES.map((attribute) => [attribute, rate(score.attributes[attribute])])), all: rate(score.attributes.all) },
  };
}

/** Each figure below its floor, as `fields.title: 0.912 < 0.93`. */
export function belowFloors(figures: Omit<Floors, 'folders'>, floors: Floors): string[] {
  const below: string[] = [];
  for (const group of ['fields', 'references', 'attributes'] as const) {
    for (const [name, floor] of Object.entries(floors[group] as Record<string, number>)) {
      const value = (figures[group] as Record<string, number>)[name] ?? 0;
      if (value + 1e-9 < floor) below.push(`${group}.${name}: ${value.toFixed(3)} < ${floor}`);
    }
  }
  return below;
}

/** Floors raised to what was measured (rounded down to a tenth of a percent); never lowered. */
export function raiseFloors(floors: Floors, figures: Omit<Floors, 'folders'>): Floors {
  const raise = (floor: number | undefined, value: number) => Math.max(floor ?? 0, Math.floor(value * 1000) / 1000);
  const group = (old: Record<string, number>, measured: Record<string, number>) => Object.fromEntries(Object.entries(measured).map(([name, value]) => [name, raise(old[name], value)]));
  return {
    folders: floors.folders,
    fields: group(floors.fields, figures.fields),
    references: group(floors.references, figures.references) as Floors['references'],
    attributes: group(floors.attributes, figures.attributes),
  };
}

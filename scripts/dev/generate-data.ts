/**
 * `npm run generate -- --entities N --out DIR [--seed S]`: writes a synthetic
 * data folder of the project's format (the seven YAML files) with N entities,
 * for benchmarks and for tests of the build at sizes the real data never has.
 *
 * - The entities are spread over terms, actors, agreements and events in the
 *   proportions of the real data (counted in data/*.yaml at run time; fixed
 *   proportions when there is no data folder); notes and source paragraphs
 *   grow in the same proportion to the entities.
 * - Text is built from a small Arabic vocabulary: a few hundred real words and
 *   a long tail of words formed from Arabic roots and patterns, drawn with a
 *   Zipf distribution, so that word frequencies (and so the search index) look
 *   like those of real prose. Field lengths follow the real data's (words per
 *   definition, body, summary, statement…), measured when this was written.
 * - Prose mentions other entities by name, as real prose does; names share
 *   their first words ("وزارة …", "اللجنة …") as real names do.
 * - Every run with the same N and seed writes the same bytes (seeded PRNG).
 * - A file that would exceed the loader's size limit (MAX_FILE_BYTES in
 *   load-yaml.ts, 16 MB) is written with its prose shortened to fit, and the
 *   run says so: at 10,000 entities terms.yaml is ~5.9 MB, within it.
 *
 * The result is meant to validate with the project's own loader
 * (`loadFactSheet`); test/scripts/dev/generate-data.test.ts checks that it does.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";
import type { EntityType } from "../data/labels.ts";
import { MAX_FILE_BYTES } from "../data/load-yaml.ts";
import {
  ACTOR_KINDS,
  AGREEMENT_KINDS,
  DATE_PRECISIONS,
  type ActorData,
  type AgreementData,
  type EventData,
  type FactDate,
  type FileName,
  type NoteData,
  type Paragraph,
  type SiteData,
  type TermData,
} from "../data/schema.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const REAL_DATA_DIR = join(PROJECT_ROOT, "data");

// ---------------------------------------------------------------------------
// Proportions

/** How a data folder's content is divided, relative to its entity count. */
export interface Proportions {
  /** Share of the entities of each type; sums to 1. */
  types: Record<EntityType, number>;
  /** Editorial notes per entity. */
  notes: number;
  /** Source paragraphs per entity. */
  paragraphs: number;
  /** Where the proportions come from, for the report. */
  from: string;
}

/** Used when there is no real data to count. */
export const DEFAULT_PROPORTIONS: Proportions = {
  types: { term: 0.45, actor: 0.3, agreement: 0.12, event: 0.13 },
  notes: 0.2,
  paragraphs: 0.16,
  from: "built-in defaults",
};

const TYPE_FILES: Record<EntityType, FileName> = {
  term: "terms.yaml",
  actor: "actors.yaml",
  agreement: "agreements.yaml",
  event: "events.yaml",
};

/** The proportions of a data folder (the real one by default); the defaults when it cannot be read. */
export function readProportions(dir: string = REAL_DATA_DIR): Proportions {
  const count = (file: FileName): number | undefined => {
    const path = join(dir, file);
    if (!existsSync(path)) return undefined;
    try {
      const value: unknown = parse(readFileSync(path, "utf8"));
      return Array.isArray(value) ? value.length : undefined;
    } catch {
      return undefined;
    }
  };
  const types = Object.fromEntries(
    (Object.keys(TYPE_FILES) as EntityType[]).map((type) => [type, count(TYPE_FILES[type])]),
  ) as Record<EntityType, number | undefined>;
  const notes = count("notes.yaml");
  const paragraphs = count("source.yaml");
  const values = Object.values(types);
  if (values.some((n) => n === undefined || n === 0) || notes === undefined || paragraphs === undefined) {
    return DEFAULT_PROPORTIONS;
  }
  const total = (values as number[]).reduce((a, b) => a + b, 0);
  return {
    types: Object.fromEntries(Object.entries(types).map(([type, n]) => [type, n! / total])) as Record<EntityType, number>,
    notes: notes / total,
    paragraphs: paragraphs / total,
    from: `${dir} (${Object.entries(types).map(([type, n]) => `${n} ${type}s`).join(", ")}, ${notes} notes, ${paragraphs} paragraphs)`,
  };
}

/** The smallest count of each type the format allows: two actors for the home page's two positions. */
const MINIMUM: Record<EntityType, number> = { term: 1, actor: 2, agreement: 1, event: 1 };
export const MIN_ENTITIES = Object.values(MINIMUM).reduce((a, b) => a + b, 0);

/** N split over the types by largest remainder; a type below its minimum takes from the largest. */
export function apportion(entities: number, shares: Record<EntityType, number>): Record<EntityType, number> {
  const types = Object.keys(shares) as EntityType[];
  const exact = types.map((type) => shares[type] * entities);
  const counts = exact.map(Math.floor);
  let left = entities - counts.reduce((a, b) => a + b, 0);
  const order = types.map((_, i) => i).sort((a, b) => exact[b]! - counts[b]! - (exact[a]! - counts[a]!) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  types.forEach((type, i) => {
    while (counts[i]! < MINIMUM[type]) {
      const largest = counts.indexOf(Math.max(...counts));
      counts[largest]! -= 1;
      counts[i]! += 1;
    }
  });
  return Object.fromEntries(types.map((type, i) => [type, counts[i]!])) as Record<EntityType, number>;
}

// ---------------------------------------------------------------------------
// Randomness

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** A count from a small table of weights: weights[k] is the weight of k + offset. */
  weighted(weights: readonly number[], offset = 0): number {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let k = 0; k < weights.length; k += 1) {
      r -= weights[k]!;
      if (r < 0) return k + offset;
    }
    return weights.length - 1 + offset;
  }
}

/** Draws ranks 0…n−1 with probability ∝ 1/(rank + 1)^s, by binary search over the cumulative weights. */
class Zipf {
  private readonly cumulative: Float64Array;
  constructor(
    readonly size: number,
    exponent: number,
  ) {
    this.cumulative = new Float64Array(size);
    let sum = 0;
    for (let rank = 0; rank < size; rank += 1) {
      sum += 1 / (rank + 1) ** exponent;
      this.cumulative[rank] = sum;
    }
  }
  draw(random: Random): number {
    const target = random.next() * this.cumulative[this.size - 1]!;
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// ---------------------------------------------------------------------------
// Vocabulary

/** The commonest words of Arabic news prose, most frequent first. */
const FUNCTION_WORDS = `في من على إلى أن عن مع التي الذي هذا هذه بين بعد قبل كما حيث أو ثم لا قد كان ذلك تلك عند حتى منذ خلال ضمن دون
غير كل بعض أكثر إن وقد وأن لكن أيضًا الذين بها فيه عليه إليه لها منها`.split(/\s+/);

/** Words of the subject matter, most frequent first. */
const CONTENT_WORDS = `اللجنة العسكرية العليا الحكومة الوزارة الدفاع الخارجية التحالف الدولي الأمن الأمني التعاون الاتفاقية الإطار
الاستراتيجي الشراكة المهمة القوات الجدول الزمني الانتقال البيان الحوار المشترك السيادة الاستقرار الإقليمي العلاقات الثنائية
المستشارين الخبراء العمل مجموعات اجتماعات أعلن قال أكد أشار أضاف طالب وقع التزم بدأ ناقش درس قدم رفع المشورة التهديد القدرة
المتطلبات التشغيلية البيئية الهزيمة داعش العراق الولايات المتحدة واشنطن بغداد المنطقة الحرب السلام المفاوضات الوفد الرئيس
الوزير البرلمان المجلس القرار الدستور القانون الانتخابات الاقتصاد النفط الطاقة الحدود اللاجئين الإنسانية المساعدات التنمية
الإعمار المدينة المحافظة الإقليم الشعب المواطنين الجيش الشرطة الفصائل المسلحة العمليات الاستخبارات التدريب التسليح الدعم
التمكين الانسحاب الوجود القاعدة الجوية البرية البحرية الاتحاد الأوروبي الأمم المتحدة مجلس الأمن العاصمة الوطني الوطنية
الاتحادية الرسمي الرسمية المسؤولين المصادر التقرير الخبر الصحفي المؤتمر القمة الزيارة الرسمية المبعوث السفير السفارة القنصلية
الملف النووي العقوبات الاستثمار الموازنة الرواتب الفساد الإصلاح الخدمات الكهرباء المياه الزراعة الصحة التعليم الجامعة
الشباب المرأة الحقوق الحريات الإعلام القضاء المحكمة الاتحادية النزاهة الرقابة الحدودية المنافذ الجمارك التجارة الصادرات
الواردات الديون القروض البنك المركزي العملة الدولار الأسعار التضخم المشاريع الشركات العقود المناقصات البنية التحتية الطرق
الجسور الموانئ المطارات السكك النقل الاتصالات الإنترنت الأمنية الاستخبارية الاستشارية الميدانية القتالية اللوجستية الجديدة
المقبلة الماضية الأولى الثانية الثالثة الرئيسية المحددة الواضحة الدائمة المؤقتة الشاملة الكاملة الجزئية التدريجي التدريجية`.split(/\s+/);

const ROOT_LETTERS = [..."بتثجحخدذرزسشصضطظعغفقكلمنهوي"];
/** Arabic word patterns: 1, 2 and 3 stand for the root's letters. */
const PATTERNS = [
  "1ا23", "م12و3", "ت1ا2ي3", "ا1ت2ا3", "م1ا2ي3", "1ي23", "ال1ا23", "ال12ا3ة", "م123ة", "ت12ي3", "است12ا3", "م1ت2ي3",
  "1و2ا3", "ال12ا3ي", "1ا2ي3ة", "م1ا23ات", "ال1ا2ي3", "ت1ا23ات", "م12و3ين", "ال1ت2ي3", "ال1و2ا3", "م12ا3", "ا12ا3", "ال1ا23ون",
];

/** The long tail: words formed from random roots and patterns, deterministic for the seed. */
function tailWords(random: Random, count: number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const root = [random.pick(ROOT_LETTERS), random.pick(ROOT_LETTERS), random.pick(ROOT_LETTERS)];
    words.add(random.pick(PATTERNS).replace(/[123]/g, (d) => root[Number(d) - 1]!));
  }
  return [...words];
}

const FIRST_NAMES = `محمد أحمد علي حسن حسين عمر خالد فؤاد نوري حيدر مصطفى إبراهيم يوسف سعد كريم جعفر عادل برهم هوشيار سليم جون مارك
ديفيد لويد أنتوني جيك ويليام روبرت ماري سارة فاطمة زينب ليلى`.split(/\s+/);
const FAMILY_NAMES = `المالكي العبادي الكاظمي السوداني الحلبوسي زيباري صالح الجبوري الربيعي العامري الخزعلي الدليمي الساعدي النجفي
الحكيم الصدر البارزاني الطالباني علاوي الجعفري أوستن بلينكن سوليفان أوستن ميلر سميث براون جونسون رومانوسكي`.split(/\s+/);

const ACTOR_HEADS: Record<(typeof ACTOR_KINDS)[number], string[]> = {
  person: [],
  state: ["دولة", "جمهورية", "مملكة"],
  government: ["حكومة", "الحكومة"],
  ministry: ["وزارة"],
  force: ["قوات", "قوة", "القوات"],
  coalition: ["التحالف", "تحالف"],
  "armed-group": ["جماعة", "فصيل", "كتائب"],
  organization: ["منظمة", "مؤسسة", "هيئة", "المجلس"],
};
const AGREEMENT_HEADS: Record<(typeof AGREEMENT_KINDS)[number], string[]> = {
  agreement: ["اتفاقية", "اتفاق", "مذكرة تفاهم"],
  dialogue: ["حوار", "محادثات"],
  commission: ["اللجنة", "لجنة"],
  framework: ["إطار", "الإطار"],
  campaign: ["حملة", "عملية"],
};

const LATIN_WORDS = `security commission council ministry defense agreement dialogue framework coalition mission transition partnership
strategic regional stability sovereignty forces operation resolve working group expert advisory support training border energy
oil reconstruction humanitarian aid election parliament government cooperation joint higher military national federal provincial
committee campaign withdrawal presence capacity threat requirements environment timeline schedule review summit meeting
statement declaration protocol treaty memorandum initiative program`.split(/\s+/);

// ---------------------------------------------------------------------------
// Text

/**
 * Field lengths in words, [min, mean, max], after the real data's (measured in
 * data/ when this was written). Lengths are drawn skewed to the mean, as real
 * ones are: most bodies are short, a few are long.
 */
const LENGTHS = {
  definition: [9, 15, 21],
  body: [30, 52, 97],
  quote: [3, 5.3, 9],
  role: [12, 18, 23],
  statement: [9, 15.5, 24],
  summary: [17, 22, 29],
  provides: [6, 10.6, 15],
  status: [9, 13.5, 18],
  derivation: [15, 30, 56],
  noteTitle: [2, 5.4, 8],
  noteBody: [46, 71, 110],
  opening: [5, 5.5, 6],
  paragraphSummary: [15, 20.7, 24],
  keyFact: [15, 20, 25],
  wording: [2, 4, 8],
} as const satisfies Record<string, readonly [number, number, number]>;
type Length = readonly [number, number, number];

/** The words text is made of, shared by every writer of a run. */
class Vocabulary {
  readonly words: string[];
  readonly zipf: Zipf;
  readonly nameWords: string[];
  readonly nameZipf: Zipf;
  constructor(random: Random) {
    const tail = tailWords(random, 40_000);
    this.words = [...FUNCTION_WORDS, ...CONTENT_WORDS, ...tail];
    this.zipf = new Zipf(this.words.length, 1.0);
    this.nameWords = [...CONTENT_WORDS, ...tail];
    this.nameZipf = new Zipf(this.nameWords.length, 0.9);
  }
}

class Writer {
  constructor(
    readonly random: Random,
    private readonly vocabulary: Vocabulary,
    /** Names that prose may mention. */
    private readonly mentionable: readonly string[] = [],
    /** Prose lengths are multiplied by this (below 1 only to keep a file under the loader's size limit). */
    private readonly scale = 1,
  ) {}

  /** A length in words: skewed towards the mean, scaled, at least 1. */
  length([min, mean, max]: Length, scaled = true): number {
    const skew = mean > min ? (max - min) / (mean - min) - 1 : 1;
    const words = Math.min(max, min + Math.floor((max - min + 1) * this.random.next() ** skew));
    return Math.max(1, Math.round(scaled ? words * this.scale : words));
  }

  word(): string {
    return this.vocabulary.words[this.vocabulary.zipf.draw(this.random)]!;
  }

  nameWord(): string {
    return this.vocabulary.nameWords[this.vocabulary.nameZipf.draw(this.random)]!;
  }

  /** `count` words of running text, commas here and there. */
  phrase(count: number): string {
    const out: string[] = [];
    for (let i = 0; i < count; i += 1) out.push(this.word() + (i < count - 1 && this.random.chance(0.07) ? "،" : ""));
    return out.join(" ");
  }

  /** One sentence of about `count` words; it may mention an entity by name or quote a phrase. */
  sentence(count: number): string {
    let text = this.phrase(Math.max(1, count));
    if (count >= 6 && this.mentionable.length > 0 && this.random.chance(0.35)) {
      const words = text.split(" ");
      const at = this.random.int(1, words.length - 1);
      words.splice(at, 0, this.random.pick(["مع", "عن", "في", "إلى", "بحسب"]), this.random.pick(this.mentionable));
      text = words.join(" ");
    } else if (count >= 8 && this.random.chance(0.15)) {
      const words = text.split(" ");
      const at = this.random.int(1, words.length - 3);
      words[at] = `«${words[at]}`;
      words[at + 2] = `${words[at + 2]}»`;
      text = words.join(" ");
    }
    return `${text.replace(/،$/, "")}.`;
  }

  /** Sentences adding up to `words` words. */
  sentences(words: number): string {
    let left = words;
    const out: string[] = [];
    while (left > 0) {
      const count = left < 20 ? left : this.random.int(8, Math.min(24, left));
      out.push(this.sentence(count));
      left -= count;
    }
    return out.join(" ");
  }

  /** Prose of a length drawn for the field. */
  text(length: Length): string {
    return this.sentences(this.length(length));
  }

  /** A title or a name-like line: no full stop. */
  line(length: Length): string {
    return this.phrase(this.length(length, false));
  }

  /** Markdown prose: paragraphs, some bold, now and then a list, Latin acronyms in brackets. */
  markdown(length: Length, acronyms: readonly string[]): string {
    let left = this.length(length);
    const paragraphs: string[] = [];
    const count = Math.min(this.random.weighted([0, 2, 6, 2, 1], 0), Math.max(1, Math.floor(left / 10)));
    for (let p = 0; p < count && left > 0; p += 1) {
      const words = p === count - 1 ? left : Math.max(8, Math.round(left / (count - p)));
      left -= words;
      if (p > 0 && words >= 12 && this.random.chance(0.15)) {
        const items = Math.min(4, Math.floor(words / 6));
        const each = Math.floor(words / items);
        paragraphs.push(Array.from({ length: items }, () => `- ${this.sentences(each).replace(/\.$/, "؛")}`).join("\n"));
        continue;
      }
      let paragraph = this.sentences(words);
      if (this.random.chance(0.3)) {
        const parts = paragraph.split(" ");
        const at = this.random.int(0, parts.length - 2);
        parts[at] = `**${parts[at]}**`;
        paragraph = parts.join(" ");
      }
      if (acronyms.length > 0 && this.random.chance(0.25)) {
        paragraph = paragraph.replace(/\.$/, ` (${this.random.pick(acronyms)}).`);
      }
      paragraphs.push(paragraph);
    }
    return paragraphs.join("\n\n");
  }

  /** A name of `count` words, its first word from `heads` when given. */
  name(count: number, heads: readonly string[] = []): string {
    const words: string[] = heads.length > 0 ? [this.random.pick(heads)] : [];
    while (words.length < count) words.push(this.nameWord());
    return words.join(" ");
  }

  personName(): string {
    return `${this.random.pick(FIRST_NAMES)} ${this.random.pick(FAMILY_NAMES)}`;
  }

  latinWords(count: number): string[] {
    return Array.from({ length: count }, () => this.random.pick(LATIN_WORDS));
  }

  english(count: number): string {
    return this.latinWords(count)
      .map((word) => word[0]!.toUpperCase() + word.slice(1))
      .join(" ");
  }
}

// ---------------------------------------------------------------------------
// The data

export interface GenerateOptions {
  entities: number;
  seed?: number;
  proportions?: Proportions;
  /**
   * The largest file the loader accepts (load-yaml.ts's MAX_FILE_BYTES by
   * default): a file that would be larger is written again with shorter prose.
   */
  maxFileBytes?: number;
}

export interface SyntheticFiles {
  "site.yaml": SiteData;
  "source.yaml": Paragraph[];
  "terms.yaml": TermData[];
  "actors.yaml": ActorData[];
  "agreements.yaml": AgreementData[];
  "events.yaml": EventData[];
  "notes.yaml": NoteData[];
}

export interface SyntheticFactSheet {
  files: SyntheticFiles;
  /** Each file as YAML, as it is written. */
  yaml: Record<FileName, string>;
  counts: Record<EntityType | "notes" | "paragraphs", number>;
  /** Files whose prose had to be shortened to stay under the size limit, with the factor applied. */
  shortened: Partial<Record<FileName, { factor: number; fullBytes: number }>>;
  proportions: Proportions;
}

const ALIAS_WEIGHTS = [13, 4, 2, 1];
const FILE_ORDER: FileName[] = ["site.yaml", "source.yaml", "terms.yaml", "actors.yaml", "agreements.yaml", "events.yaml", "notes.yaml"];

/** A seed for one part of the data, so that each file can be written again on its own. */
function streamSeed(seed: number, part: string): number {
  let hash = 2166136261 ^ seed;
  for (const char of part) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

export function generateFactSheet(options: GenerateOptions): SyntheticFactSheet {
  const { entities, seed = 1, maxFileBytes = MAX_FILE_BYTES } = options;
  if (!Number.isInteger(entities) || entities < MIN_ENTITIES) {
    throw new Error(`--entities must be a whole number of at least ${MIN_ENTITIES} (a term, two actors, an agreement, an event)`);
  }
  const proportions = options.proportions ?? readProportions();
  const counts = apportion(entities, proportions.types);
  const noteCount = Math.max(1, Math.round(entities * proportions.notes));
  const paragraphCount = Math.max(3, Math.round(entities * proportions.paragraphs));
  const vocabulary = new Vocabulary(new Random(streamSeed(seed, "vocabulary")));

  // Ids and names first, from their own stream, so that references and prose can point anywhere.
  const random = new Random(streamSeed(seed, "names"));
  const namer = new Writer(random, vocabulary);
  let serial = 0;
  const makeId = () => `${namer.latinWords(random.int(1, 3)).join("-")}-${(serial += 1)}`;
  const ids: Record<EntityType, string[]> = {
    term: Array.from({ length: counts.term }, makeId),
    actor: Array.from({ length: counts.actor }, makeId),
    agreement: Array.from({ length: counts.agreement }, makeId),
    event: Array.from({ length: counts.event }, makeId),
  };
  const noteIds = Array.from({ length: noteCount }, () => `note-${makeId()}`);
  const allIds = [...ids.term, ...ids.actor, ...ids.agreement, ...ids.event];
  // A few entities are hubs that much refers to (as the commission is in the real data): references
  // are drawn by a Zipf rank over a shuffled order a fifth of the time, uniformly otherwise.
  const hubOrder = allIds.slice();
  for (let i = hubOrder.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [hubOrder[i], hubOrder[j]] = [hubOrder[j]!, hubOrder[i]!];
  }
  const hubs = new Zipf(hubOrder.length, 1.0);
  const termNames = ids.term.map(() => namer.name(random.weighted([0, 0, 5, 6, 3, 1, 1], 0)));
  const actorKinds = ids.actor.map(() => random.pick(ACTOR_KINDS));
  const actorNames = actorKinds.map((kind) =>
    kind === "person" ? namer.personName() : namer.name(random.int(2, 4), ACTOR_HEADS[kind]),
  );
  const agreementKinds = ids.agreement.map(() => random.pick(AGREEMENT_KINDS));
  const agreementNames = agreementKinds.map((kind) => namer.name(random.int(3, 8), AGREEMENT_HEADS[kind]));
  const mentionable = [...termNames, ...actorNames, ...agreementNames];
  const englishNames = (count: number, words: [number, number]) => Array.from({ length: count }, () => namer.english(random.int(...words)));
  const english = { term: englishNames(counts.term, [1, 4]), actor: englishNames(counts.actor, [1, 3]), agreement: englishNames(counts.agreement, [2, 5]) };
  const acronymOf = (name: string) => name.split(" ").map((word) => word[0]).join("").toUpperCase();
  const acronyms = english.agreement.map(acronymOf).filter((acronym) => acronym.length > 1);

  // Citations: each entity and note draws on a few paragraphs near "its" part of the source.
  const citing = allIds.length + noteCount;
  const firstCiting: Record<FileName, number> = {
    "site.yaml": 0,
    "source.yaml": 0,
    "terms.yaml": 0,
    "actors.yaml": counts.term,
    "agreements.yaml": counts.term + counts.actor,
    "events.yaml": counts.term + counts.actor + counts.agreement,
    "notes.yaml": allIds.length,
  };

  /** Writes one file's data; `scale` shortens its prose. */
  const make = (file: FileName, scale: number): unknown => {
    const random = new Random(streamSeed(seed, file));
    const writer = new Writer(random, vocabulary, mentionable, scale);

    /** `count` distinct ids from `pool`, never `self`. */
    const references = (pool: readonly string[], count: number, self?: string): string[] => {
      const available = pool.length - (self !== undefined && pool.includes(self) ? 1 : 0);
      const want = Math.min(count, available);
      const chosen = new Set<string>();
      const inPool = pool === allIds ? undefined : new Set(pool);
      let tries = 0;
      while (chosen.size < want) {
        tries += 1;
        let id: string;
        if (tries < want * 20 && random.chance(0.2)) {
          id = hubOrder[hubs.draw(random)]!;
          if (inPool && !inPool.has(id)) continue;
        } else {
          id = random.pick(pool);
        }
        if (id !== self) chosen.add(id);
      }
      return [...chosen];
    };

    let cited = firstCiting[file];
    const citations = (weights: readonly number[], home = Math.min(paragraphCount, Math.floor((cited++ * paragraphCount) / citing) + 1)) => {
      const near = Math.min(paragraphCount, home + 3) - Math.max(1, home - 3) + 1;
      const want = Math.min(random.weighted(weights, 1), near);
      const chosen = new Set<number>([home]);
      while (chosen.size < want) {
        const n = home + random.int(-3, 3);
        if (n >= 1 && n <= paragraphCount) chosen.add(n);
      }
      return [...chosen].sort((a, b) => a - b);
    };
    /** The paragraphs a quotation or statement comes from: one or two of its entity's. */
    const subset = (cite: readonly number[]) => cite.slice(0, random.int(1, Math.min(2, cite.length)));
    const aliases = (make: () => string) => Array.from({ length: random.weighted(ALIAS_WEIGHTS) }, make);
    const quotes = (count: number, cite: readonly number[]) =>
      Array.from({ length: count }, () => ({ text: writer.line(LENGTHS.quote), cite: subset(cite) }));

    switch (file) {
      case "terms.yaml":
        return ids.term.map((id, i): Omit<TermData, "search_aliases"> => {
          const acronym = random.chance(0.12) ? acronymOf(english.term[i]!) : "";
          const cite = citations([6, 3, 2, 1]);
          return {
            id,
            name: termNames[i]!,
            aliases: aliases(() => writer.name(random.int(2, 4))),
            english: english.term[i]!,
            acronym: acronym.length > 1 ? acronym : undefined,
            definition: writer.text(LENGTHS.definition),
            body: writer.markdown(LENGTHS.body, acronyms),
            quotes: quotes(random.weighted([0, 5, 2, 1]), cite),
            related: references(allIds, random.int(2, 5), id),
            cite,
          };
        });
      case "actors.yaml":
        return ids.actor.map((id, i): Omit<ActorData, "search_aliases"> => {
          const englishName = random.chance(0.6) ? english.actor[i] : undefined;
          const acronym = englishName && random.chance(0.2) ? acronymOf(englishName) : "";
          const cite = citations([6, 4, 2, 1, 1]);
          return {
            id,
            name: actorNames[i]!,
            aliases: aliases(() => (actorKinds[i] === "person" ? writer.personName() : writer.name(random.int(2, 3)))),
            english: englishName,
            acronym: acronym.length > 1 ? acronym : undefined,
            kind: actorKinds[i]!,
            role: writer.text(LENGTHS.role),
            statements: Array.from({ length: random.weighted([5, 7, 3, 1, 1, 0, 0, 1]) }, () => ({
              text: writer.text(LENGTHS.statement),
              quote: random.chance(0.6) ? writer.line(LENGTHS.quote) : undefined,
              cite: subset(cite),
            })),
            related: references(allIds, random.int(2, 7), id),
            cite,
          };
        });
      case "agreements.yaml":
        return ids.agreement.map((id, i): Omit<AgreementData, "search_aliases"> => {
          const cite = citations([4, 4, 2, 1]);
          return {
            id,
            name: agreementNames[i]!,
            aliases: aliases(() => writer.name(random.int(2, 5), AGREEMENT_HEADS[agreementKinds[i]!])),
            english: english.agreement[i]!,
            acronym: random.chance(0.5) && acronymOf(english.agreement[i]!).length > 1 ? acronymOf(english.agreement[i]!) : undefined,
            kind: agreementKinds[i]!,
            summary: writer.text(LENGTHS.summary),
            date: random.chance(0.7) ? factDate(writer) : undefined,
            parties: references(ids.actor, random.int(1, 4)),
            provides: Array.from({ length: random.int(1, 3) }, () => writer.text(LENGTHS.provides)),
            status: writer.text(LENGTHS.status),
            quotes: quotes(random.int(0, 4), cite),
            related: references(allIds, random.int(3, 7), id),
            cite,
          };
        });
      case "events.yaml":
        return ids.event.map((id, i): EventData => ({
          id,
          name: writer.line([4, 6.8, 9]),
          // The first events have one precision each, so that every precision is present at any size.
          date: factDate(writer, DATE_PRECISIONS[i]),
          summary: writer.text(LENGTHS.summary),
          actors: references(ids.actor, random.int(1, 3)),
          agreements: random.chance(0.9) ? references(ids.agreement, random.weighted([0, 6, 2, 1])) : [],
          related: references(allIds, random.int(2, 6), id),
          cite: citations([5, 3, 1]),
        }));
      case "notes.yaml":
        return noteIds.map((id): NoteData => ({
          id,
          title: writer.line(LENGTHS.noteTitle),
          body: writer.markdown(LENGTHS.noteBody, acronyms),
          related: references(allIds, random.int(2, 5)),
          cite: citations([4, 4, 2, 1, 1]),
        }));
      case "source.yaml":
        return Array.from({ length: paragraphCount }, (_, i): Paragraph => ({
          paragraph: i + 1,
          opening: writer.line(LENGTHS.opening),
          summary: writer.text(LENGTHS.paragraphSummary),
          speaker: random.chance(0.9) ? random.pick(ids.actor) : undefined,
        }));
      case "site.yaml": {
        // The home page sums up the opening of the source.
        const cites = () => citations([3, 3, 1], random.int(1, Math.min(paragraphCount, 6)));
        return {
          title: `${writer.name(4)}: مسرد وصحيفة وقائع`,
          short_title: `مسرد ${writer.name(2)}`,
          description: writer.text([25, 30, 40]),
          url: "https://synthetic-factsheet.example.org",
          language: "ar",
          source: {
            kind: writer.line([8, 10, 14]),
            language: "العربية",
            byline: "س. ص",
            dateline: "اليوم الخميس",
            known: Array.from({ length: 4 }, () => ({ label: writer.name(2), value: writer.text([8, 12, 16]) })),
            unknown: Array.from({ length: 3 }, () => ({ label: writer.name(2), note: writer.text([8, 12, 16]) })),
          },
          home: {
            lead: writer.text([50, 60, 70]),
            key_facts: Array.from({ length: 6 }, () => ({ text: writer.text(LENGTHS.keyFact), cite: cites() })),
            positions: ids.actor.slice(0, 2).map((actor) => ({
              actor,
              heading: writer.line([4, 5, 7]),
              quote: writer.line([3, 4, 6]),
              summary: writer.text([25, 30, 40]),
              cite: cites(),
            })),
            factors: { intro: writer.text([18, 22, 26]), terms: ids.term.slice(0, 3), cite: cites() },
          } satisfies SiteData["home"],
        } satisfies SiteData;
      }
    }
  };

  const files = {} as Record<FileName, unknown>;
  const yaml = {} as Record<FileName, string>;
  const shortened: SyntheticFactSheet["shortened"] = {};
  const header = `# Synthetic data written by scripts/dev/generate-data.ts (--entities ${entities} --seed ${seed}); not facts.\n`;
  for (const file of FILE_ORDER) {
    let scale = 1;
    let fullBytes = 0;
    for (let attempt = 0; ; attempt += 1) {
      files[file] = make(file, scale);
      yaml[file] = header + stringify(files[file], { lineWidth: 0 });
      const bytes = Buffer.byteLength(yaml[file]);
      if (attempt === 0) fullBytes = bytes;
      if (bytes <= maxFileBytes) break;
      if (attempt === 5) throw new Error(`${file} stays over ${maxFileBytes} bytes even with its prose shortened`);
      // Prose is most of a file's bytes; aim a little under the limit.
      scale *= (0.97 * maxFileBytes) / bytes;
    }
    if (scale < 1) shortened[file] = { factor: scale, fullBytes };
  }

  return {
    files: files as unknown as SyntheticFiles,
    yaml,
    counts: { ...counts, notes: noteCount, paragraphs: paragraphCount },
    shortened,
    proportions,
  };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number) => String(n).padStart(2, "0");

/** A date of the given precision, or of one drawn at random (approximate and day the commonest). */
function factDate(writer: Writer, precision?: FactDate["precision"]): FactDate {
  const random = writer.random;
  precision ??= DATE_PRECISIONS[random.weighted([3, 2, 2, 3])]!;
  const year = random.int(1990, 2025);
  const month = random.int(1, 12);
  const last = MONTH_DAYS[month - 1]!;
  const day = random.int(1, last);
  const shape = precision === "approximate" ? random.pick(["day", "month", "year"] as const) : precision;
  let start: string;
  let end: string | undefined;
  if (shape === "day") {
    start = `${year}-${pad(month)}-${pad(day)}`;
    if (day < last && random.chance(0.2)) end = `${year}-${pad(month)}-${pad(random.int(day + 1, last))}`;
  } else if (shape === "month") {
    start = `${year}-${pad(month)}`;
    if (month < 12 && random.chance(0.2)) end = `${year}-${pad(random.int(month + 1, 12))}`;
  } else {
    start = String(year);
    if (random.chance(0.15)) end = String(random.int(year + 1, year + 5));
  }
  const derived = precision === "approximate" ? random.chance(0.85) : random.chance(0.15);
  return {
    start,
    end,
    precision,
    basis: derived ? "derived" : "stated",
    derivation: derived ? writer.text(LENGTHS.derivation) : undefined,
    wording: random.chance(0.6) ? writer.line(LENGTHS.wording) : undefined,
  };
}

// ---------------------------------------------------------------------------
// Writing

/** Writes the seven files into `dir` (created when missing); returns each file's size in bytes. */
export function writeFactSheet(dir: string, sheet: SyntheticFactSheet): Record<FileName, number> {
  mkdirSync(dir, { recursive: true });
  const sizes = {} as Record<FileName, number>;
  for (const [name, text] of Object.entries(sheet.yaml) as [FileName, string][]) {
    writeFileSync(join(dir, name), text);
    sizes[name] = Buffer.byteLength(text);
  }
  return sizes;
}

/** Generates and writes a data folder: what `npm run generate` does. */
export function generateData(options: GenerateOptions & { out: string }): { sheet: SyntheticFactSheet; sizes: Record<FileName, number> } {
  const sheet = generateFactSheet(options);
  return { sheet, sizes: writeFactSheet(resolve(options.out), sheet) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      entities: { type: "string", short: "n" },
      out: { type: "string", short: "o" },
      seed: { type: "string", default: "1" },
    },
    strict: true,
  });
  const entities = Number(values.entities);
  const seed = Number(values.seed);
  if (values.entities === undefined || values.out === undefined || !Number.isInteger(entities) || !Number.isInteger(seed)) {
    process.stderr.write("usage: npm run generate -- --entities N --out DIR [--seed S]\n");
    process.exit(2);
  }
  const started = performance.now();
  const { sheet, sizes } = generateData({ entities, seed, out: values.out });
  const c = sheet.counts;
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  process.stdout.write(
    [
      `Wrote ${entities} entities into ${resolve(values.out)} in ${((performance.now() - started) / 1000).toFixed(2)} s`,
      `  ${c.term} terms, ${c.actor} actors, ${c.agreement} agreements, ${c.event} events; ${c.notes} notes; ${c.paragraphs} source paragraphs`,
      `  proportions from ${sheet.proportions.from}`,
      `  ${(total / 1024).toFixed(0)} kB: ${Object.entries(sizes).map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} kB`).join(", ")}`,
      ...Object.entries(sheet.shortened).map(
        ([file, { factor, fullBytes }]) =>
          `  note: ${file} would be ${(fullBytes / 1024 / 1024).toFixed(1)} MB, over the loader's limit of ${(MAX_FILE_BYTES / 1024 / 1024).toFixed(1)} MB (MAX_FILE_BYTES in scripts/data/load-yaml.ts): its prose was shortened to ${(factor * 100).toFixed(0)}%`,
      ),
      "",
    ].join("\n"),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();

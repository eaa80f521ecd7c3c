/**
 * The words text is made of: a few hundred real words of Arabic news prose and
 * a long tail formed from Arabic roots and patterns, drawn with a Zipf
 * distribution; names of people, and the first words names of each kind share.
 */
import type { ACTOR_KINDS, AGREEMENT_KINDS } from "../../data/schema.ts";
import { Zipf, type Random } from "./random.ts";

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

export const FIRST_NAMES = `محمد أحمد علي حسن حسين عمر خالد فؤاد نوري حيدر مصطفى إبراهيم يوسف سعد كريم جعفر عادل برهم هوشيار سليم جون مارك
ديفيد لويد أنتوني جيك ويليام روبرت ماري سارة فاطمة زينب ليلى`.split(/\s+/);
export const FAMILY_NAMES = `المالكي العبادي الكاظمي السوداني الحلبوسي زيباري صالح الجبوري الربيعي العامري الخزعلي الدليمي الساعدي النجفي
الحكيم الصدر البارزاني الطالباني علاوي الجعفري أوستن بلينكن سوليفان أوستن ميلر سميث براون جونسون رومانوسكي`.split(/\s+/);

export const ACTOR_HEADS: Record<(typeof ACTOR_KINDS)[number], string[]> = {
  person: [],
  state: ["دولة", "جمهورية", "مملكة"],
  government: ["حكومة", "الحكومة"],
  ministry: ["وزارة"],
  force: ["قوات", "قوة", "القوات"],
  coalition: ["التحالف", "تحالف"],
  "armed-group": ["جماعة", "فصيل", "كتائب"],
  organization: ["منظمة", "مؤسسة", "هيئة", "المجلس"],
};
export const AGREEMENT_HEADS: Record<(typeof AGREEMENT_KINDS)[number], string[]> = {
  agreement: ["اتفاقية", "اتفاق", "مذكرة تفاهم"],
  dialogue: ["حوار", "محادثات"],
  commission: ["اللجنة", "لجنة"],
  framework: ["إطار", "الإطار"],
  campaign: ["حملة", "عملية"],
  statement: ["بيان", "إعلان"],
};

export const LATIN_WORDS = `security commission council ministry defense agreement dialogue framework coalition mission transition partnership
strategic regional stability sovereignty forces operation resolve working group expert advisory support training border energy
oil reconstruction humanitarian aid election parliament government cooperation joint higher military national federal provincial
committee campaign withdrawal presence capacity threat requirements environment timeline schedule review summit meeting
statement declaration protocol treaty memorandum initiative program`.split(/\s+/);

/** The words text is made of, shared by every writer of a run. */
export class Vocabulary {
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

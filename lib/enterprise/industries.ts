/**
 * GB/T 4754-2017 国民经济行业分类: 门类 (sections) and 大类 (divisions). S (public administration) and
 * T (international organisations) are not enterprises and are left out of the picker.
 */

export interface Industry {
  code: string;
  section: string;
  zh: string;
  en: string;
}

export interface IndustrySection {
  code: string;
  zh: string;
  en: string;
}

export const SECTIONS: readonly IndustrySection[] = [
  { code: "A", zh: "农、林、牧、渔业", en: "Agriculture, forestry, animal husbandry and fishery" },
  { code: "B", zh: "采矿业", en: "Mining" },
  { code: "C", zh: "制造业", en: "Manufacturing" },
  { code: "D", zh: "电力、热力、燃气及水生产和供应业", en: "Electricity, heat, gas and water supply" },
  { code: "E", zh: "建筑业", en: "Construction" },
  { code: "F", zh: "批发和零售业", en: "Wholesale and retail" },
  { code: "G", zh: "交通运输、仓储和邮政业", en: "Transport, storage and post" },
  { code: "H", zh: "住宿和餐饮业", en: "Accommodation and catering" },
  { code: "I", zh: "信息传输、软件和信息技术服务业", en: "Information transmission, software and IT services" },
  { code: "J", zh: "金融业", en: "Finance" },
  { code: "K", zh: "房地产业", en: "Real estate" },
  { code: "L", zh: "租赁和商务服务业", en: "Leasing and business services" },
  { code: "M", zh: "科学研究和技术服务业", en: "Scientific research and technical services" },
  { code: "N", zh: "水利、环境和公共设施管理业", en: "Water, environment and public facilities management" },
  { code: "O", zh: "居民服务、修理和其他服务业", en: "Resident, repair and other services" },
  { code: "P", zh: "教育", en: "Education" },
  { code: "Q", zh: "卫生和社会工作", en: "Health and social work" },
  { code: "R", zh: "文化、体育和娱乐业", en: "Culture, sports and entertainment" },
];

const D = (code: string, section: string, zh: string, en: string): Industry => ({ code, section, zh, en });

export const INDUSTRIES: readonly Industry[] = [
  D("01", "A", "农业", "Farming"),
  D("02", "A", "林业", "Forestry"),
  D("03", "A", "畜牧业", "Animal husbandry"),
  D("04", "A", "渔业", "Fishery"),
  D("05", "A", "农、林、牧、渔专业及辅助性活动", "Support activities for agriculture, forestry, husbandry and fishery"),
  D("06", "B", "煤炭开采和洗选业", "Coal mining and washing"),
  D("07", "B", "石油和天然气开采业", "Oil and gas extraction"),
  D("08", "B", "黑色金属矿采选业", "Ferrous metal ore mining"),
  D("09", "B", "有色金属矿采选业", "Non-ferrous metal ore mining"),
  D("10", "B", "非金属矿采选业", "Non-metallic mineral mining"),
  D("11", "B", "开采专业及辅助性活动", "Mining support activities"),
  D("12", "B", "其他采矿业", "Other mining"),
  D("13", "C", "农副食品加工业", "Agricultural and sideline food processing"),
  D("14", "C", "食品制造业", "Food manufacturing"),
  D("15", "C", "酒、饮料和精制茶制造业", "Liquor, beverages and refined tea"),
  D("16", "C", "烟草制品业", "Tobacco products"),
  D("17", "C", "纺织业", "Textiles"),
  D("18", "C", "纺织服装、服饰业", "Apparel and clothing accessories"),
  D("19", "C", "皮革、毛皮、羽毛及其制品和制鞋业", "Leather, fur, feather products and footwear"),
  D("20", "C", "木材加工和木、竹、藤、棕、草制品业", "Wood, bamboo, rattan, palm and straw products"),
  D("21", "C", "家具制造业", "Furniture"),
  D("22", "C", "造纸和纸制品业", "Paper and paper products"),
  D("23", "C", "印刷和记录媒介复制业", "Printing and reproduction of recorded media"),
  D("24", "C", "文教、工美、体育和娱乐用品制造业", "Stationery, arts and crafts, sports and entertainment goods"),
  D("25", "C", "石油、煤炭及其他燃料加工业", "Petroleum, coal and other fuel processing"),
  D("26", "C", "化学原料和化学制品制造业", "Chemical raw materials and products"),
  D("27", "C", "医药制造业", "Pharmaceuticals"),
  D("28", "C", "化学纤维制造业", "Chemical fibres"),
  D("29", "C", "橡胶和塑料制品业", "Rubber and plastic products"),
  D("30", "C", "非金属矿物制品业", "Non-metallic mineral products"),
  D("31", "C", "黑色金属冶炼和压延加工业", "Ferrous metal smelting and rolling"),
  D("32", "C", "有色金属冶炼和压延加工业", "Non-ferrous metal smelting and rolling"),
  D("33", "C", "金属制品业", "Metal products"),
  D("34", "C", "通用设备制造业", "General-purpose machinery"),
  D("35", "C", "专用设备制造业", "Special-purpose machinery"),
  D("36", "C", "汽车制造业", "Automobiles"),
  D("37", "C", "铁路、船舶、航空航天和其他运输设备制造业", "Railway, ship, aerospace and other transport equipment"),
  D("38", "C", "电气机械和器材制造业", "Electrical machinery and equipment"),
  D("39", "C", "计算机、通信和其他电子设备制造业", "Computers, communication and other electronic equipment"),
  D("40", "C", "仪器仪表制造业", "Instruments and meters"),
  D("41", "C", "其他制造业", "Other manufacturing"),
  D("42", "C", "废弃资源综合利用业", "Recycling of waste resources"),
  D("43", "C", "金属制品、机械和设备修理业", "Repair of metal products, machinery and equipment"),
  D("44", "D", "电力、热力生产和供应业", "Electricity and heat production and supply"),
  D("45", "D", "燃气生产和供应业", "Gas production and supply"),
  D("46", "D", "水的生产和供应业", "Water production and supply"),
  D("47", "E", "房屋建筑业", "Building construction"),
  D("48", "E", "土木工程建筑业", "Civil engineering"),
  D("49", "E", "建筑安装业", "Building installation"),
  D("50", "E", "建筑装饰、装修和其他建筑业", "Building decoration, renovation and other construction"),
  D("51", "F", "批发业", "Wholesale"),
  D("52", "F", "零售业", "Retail"),
  D("53", "G", "铁路运输业", "Rail transport"),
  D("54", "G", "道路运输业", "Road transport"),
  D("55", "G", "水上运输业", "Water transport"),
  D("56", "G", "航空运输业", "Air transport"),
  D("57", "G", "管道运输业", "Pipeline transport"),
  D("58", "G", "多式联运和运输代理业", "Multimodal transport and forwarding"),
  D("59", "G", "装卸搬运和仓储业", "Cargo handling and warehousing"),
  D("60", "G", "邮政业", "Postal services"),
  D("61", "H", "住宿业", "Accommodation"),
  D("62", "H", "餐饮业", "Catering"),
  D("63", "I", "电信、广播电视和卫星传输服务", "Telecommunications, broadcasting and satellite transmission"),
  D("64", "I", "互联网和相关服务", "Internet and related services"),
  D("65", "I", "软件和信息技术服务业", "Software and IT services"),
  D("66", "J", "货币金融服务", "Monetary and financial services"),
  D("67", "J", "资本市场服务", "Capital market services"),
  D("68", "J", "保险业", "Insurance"),
  D("69", "J", "其他金融业", "Other financial services"),
  D("70", "K", "房地产业", "Real estate"),
  D("71", "L", "租赁业", "Leasing"),
  D("72", "L", "商务服务业", "Business services"),
  D("73", "M", "研究和试验发展", "Research and experimental development"),
  D("74", "M", "专业技术服务业", "Professional technical services"),
  D("75", "M", "科技推广和应用服务业", "Technology promotion and application services"),
  D("76", "N", "水利管理业", "Water management"),
  D("77", "N", "生态保护和环境治理业", "Ecological protection and environmental management"),
  D("78", "N", "公共设施管理业", "Public facilities management"),
  D("79", "N", "土地管理业", "Land management"),
  D("80", "O", "居民服务业", "Resident services"),
  D("81", "O", "机动车、电子产品和日用产品修理业", "Repair of vehicles, electronics and household goods"),
  D("82", "O", "其他服务业", "Other services"),
  D("83", "P", "教育", "Education"),
  D("84", "Q", "卫生", "Health"),
  D("85", "Q", "社会工作", "Social work"),
  D("86", "R", "新闻和出版业", "News and publishing"),
  D("87", "R", "广播、电视、电影和录音制作业", "Radio, television, film and sound recording"),
  D("88", "R", "文化艺术业", "Culture and arts"),
  D("89", "R", "体育", "Sports"),
  D("90", "R", "娱乐业", "Entertainment"),
];

/** 房地产业 中类: the size rule needs them (701 development, 702 property management). */
export const REAL_ESTATE_SUBCODES: readonly Industry[] = [
  D("701", "K", "房地产开发经营", "Real estate development"),
  D("702", "K", "物业管理", "Property management"),
  D("703", "K", "房地产中介服务", "Real estate agency"),
  D("704", "K", "房地产租赁经营", "Real estate leasing"),
  D("709", "K", "其他房地产业", "Other real estate"),
];

const BY_CODE = new Map(INDUSTRIES.map((i) => [i.code, i]));

export function industryByCode(code: string): Industry | undefined {
  return BY_CODE.get(code);
}

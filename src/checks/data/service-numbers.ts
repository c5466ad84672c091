/**
 * Public service numbers that belong to no shop: police, the anti-fraud line, carriers,
 * complaint lines. Knowing them lets the checker say "this is the real 96110" — and spot a
 * prefixed fake of it (+96110, 0096110).
 *
 * Provenance: as published by the bodies named in each `source`; compiled by the author from
 * those public announcements, not re-checked online during the build.
 */
export type ServiceKind = 'police-antifraud' | 'service';

export interface ServiceNumber {
  number: string;
  kind: ServiceKind;
  zh: string;
  en: string;
  source: string;
}

export const SERVICE_NUMBERS: readonly ServiceNumber[] = [
  { number: '110', kind: 'police-antifraud', zh: '报警电话', en: 'police emergency line', source: 'Ministry of Public Security — national police emergency number' },
  { number: '96110', kind: 'police-antifraud', zh: '反诈预警劝阻专线', en: 'police anti-fraud warning line', source: 'Ministry of Public Security announcement (2021): 96110 is the national anti-fraud warning and consultation line' },
  { number: '12381', kind: 'service', zh: '工信部涉诈预警短信号码', en: 'MIIT fraud-warning SMS number', source: 'MIIT (工业和信息化部) announcement: 12381 sends anti-fraud warning messages' },
  { number: '12321', kind: 'service', zh: '网络不良与垃圾信息举报', en: 'spam and fraud reporting centre', source: '12321.cn (China Internet Association reporting centre)' },
  { number: '12315', kind: 'service', zh: '市场监管投诉举报', en: 'consumer complaints (market regulation)', source: 'State Administration for Market Regulation' },
  { number: '12345', kind: 'service', zh: '政务服务便民热线', en: 'government services hotline', source: 'State Council general office guidance on 12345 hotlines' },
  { number: '10086', kind: 'service', zh: '中国移动客服', en: 'China Mobile customer service', source: '10086.cn' },
  { number: '10010', kind: 'service', zh: '中国联通客服', en: 'China Unicom customer service', source: '10010.com' },
  { number: '10000', kind: 'service', zh: '中国电信客服', en: 'China Telecom customer service', source: '189.cn' },
  { number: '10099', kind: 'service', zh: '中国广电客服', en: 'China Broadnet customer service', source: 'China Broadnet (中国广电) site' },
];

/**
 * Mobile prefixes of the virtual (MVNO) carriers. Numbers in these ranges are cheap to obtain in
 * bulk and are over-represented in fraud; telecom regulators have repeatedly ordered their
 * clean-up. Source: MIIT number-allocation announcements (170/171 in 2014, 162/165/167 in 2017).
 */
export const VIRTUAL_CARRIER_PREFIXES: readonly string[] = ['170', '171', '162', '165', '167'];

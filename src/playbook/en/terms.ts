/**
 * Word lists shared by several English tactics. Terms are written in their NORMALISED form
 * (lower-case, variants already folded: 'gift card', 'anydesk', straight apostrophes), and ASCII
 * terms match whole words only, so every inflection a scammer uses is listed.
 */

/** Companies and departments that refund / tech-support scammers claim to call from. */
export const BRANDS = [
  'amazon', 'amazon prime', 'paypal', 'microsoft', 'windows', 'apple', 'icloud', 'google', 'ebay', 'walmart',
  'best buy', 'geek squad', 'norton', 'mcafee', 'coinbase', 'visa', 'mastercard', 'chase', 'wells fargo',
  'bank of america', 'citibank', 'capital one', 'your bank', 'the bank', 'bank', 'hsbc', 'barclays', 'lloyds',
  'santander', 'natwest', 'cash app', 'venmo', 'zelle', 'netflix', 'comcast', 'xfinity', 'at&t', 'verizon',
];

/**
 * Shops and marketplaces (and their Chinese platforms by their English names) whose "customer
 * service", "after-sales" or "refund team" the refund scam claims to be. Whole words, so only
 * names that are not everyday words (no 'wish', 'target', 'next'): an officer adds a platform here.
 */
export const SHOPS = [
  'shopee', 'lazada', 'aliexpress', 'alibaba', 'temu', 'shein', 'taobao', 'tmall', 'jd', 'jd.com', 'jingdong',
  'pinduoduo', 'etsy', 'costco', 'flipkart', 'mercado libre', 'mercadolibre', 'rakuten', 'tokopedia', 'zalando',
  'asos', 'argos', 'currys', 'wayfair', 'tiktok shop', 'home depot', "macy's", 'allegro', 'jumia', 'coupang',
  'shopify', 'newegg', 'overstock', 'kohl\'s', 'lowe\'s', 'ikea', 'carousell', 'bol.com', 'otto group',
];

/** Couriers and postal services whose "claims team" the lost-parcel story claims to be. */
export const COURIERS = [
  'dhl', 'fedex', 'ups', 'usps', 'royal mail', 'evri', 'hermes', 'dpd', 'gls', 'parcelforce', 'canada post',
  'australia post', 'auspost', 'yodel', 'sf express', 'j&t', 'j&t express', 'ninja van', 'ninjavan', 'aramex',
  'china post', 'cainiao', 'postnl', 'la poste', 'purolator', 'correos', 'poste italiane', 'india post', 'lbc',
];

/** Remote-control tools a scammer has the victim install. */
export const REMOTE_TOOLS = [
  'anydesk', 'teamviewer', 'ultraviewer', 'rustdesk', 'logmein', 'logmein rescue', 'supremo', 'screenconnect',
  'connectwise', 'splashtop', 'quick assist', 'quickassist', 'zoho assist', 'ammyy', 'ammyy admin', 'getscreen',
  'aweray', 'aweray remote', 'airdroid', 'fastsupport', 'remote utilities', 'showmypc', 'iperius', 'quick support',
  'quicksupport',
];

/** Gift and prepaid cards scammers ask for (not a bank card). */
export const GIFT_CARDS = [
  'gift card', 'gift cards', 'google play card', 'google play cards', 'play store card', 'play store cards',
  'itunes card', 'itunes cards', 'apple gift card', 'apple gift cards', 'steam card', 'steam cards',
  'steam wallet card', 'target card', 'target cards', 'ebay card', 'ebay cards', 'walmart card', 'walmart cards',
  'amazon card', 'amazon cards', 'vanilla card', 'vanilla cards', 'vanilla visa', 'visa gift', 'prepaid card',
  'prepaid cards', 'prepaid visa', 'razer gold', 'sephora card', 'best buy card', 'best buy cards',
];

/** Work IT support: a colleague connecting to a work machine about a ticket is not a scam. */
export const WORKPLACE = [
  'ticket', 'your ticket', 'work laptop', 'work computer', 'work pc', 'office computer', 'office laptop',
  'company laptop', 'company computer', 'it team', 'it helpdesk', 'it help desk', 'our it', 'the it department',
  'work laptops', 'work computers', 'company laptops', 'company computers', 'office computers', 'rolling out',
  'colleague', 'colleagues', 'vpn', 'outlook', 'printer', 'intranet', 'sharepoint', 'payroll system',
];

/** Presents: a family member buying a gift card is not a scam. */
export const PRESENTS = [
  'birthday', 'present', 'presents', 'christmas', 'xmas', 'anniversary', 'graduation', 'wedding', 'secret santa',
  'stocking', 'teacher', 'as a gift', 'a gift for', 'thank-you gift', 'thank you gift', 'party', 'holidays',
];

import { defineTactic } from '../../schema.ts';

/**
 * A link to pay a bill ("请立即缴费：sgcc-pay.cc"): with an arrears story it is utility phishing. A link
 * the link checker calls official (the utilities' and carriers' own sites, gov.cn, in
 * src/checks/data/official-domains.ts) never reaches an entity cue (src/pipeline/step.ts), so the
 * official sites are not listed here; `unless` keeps the service line and app names. Weight 10: only
 * the composites read it.
 */
export default defineTactic({
  id: 'extract.bill-link',
  stage: 'extraction',
  description: {
    zh: '发来缴费链接，让您点开交钱',
    en: 'Sends a link to pay a bill',
  },
  weight: 10,
  cues: [
    { entity: 'url', near: ['缴费', '缴纳', '补缴', '交费', '续费', '付款', '支付', '充值', '缴清'], within: 20 },
  ],
  unless: ['95598', '网上国网'],
  guards: ['warning'],
  advice: ['pay-bills-officially', 'check-domain'],
  examples: {
    positive: [
      '请立即缴费：sgcc-pay.cc',
      '点击 http://dianfei-jiaofei.top 补缴电费',
      '请在 www.ranqi-pay.com 缴纳燃气费',
      '逾期请尽快付款 http://pay-water.cn',
      '续费请点 gas-bill.vip',
    ],
    negative: [
      '请通过网上国网APP或 www.95598.cn 缴费',
      '已缴费成功，谢谢',
      '缴费可以去营业厅',
      '请登录 https://www.10086.cn 充值',
      '电费一般月底交',
    ],
  },
});

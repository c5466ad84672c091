import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'extract.fee',
  stage: 'extraction',
  description: {
    zh: '要您先付一笔费用（重新派送费、关税、放行费、手续费）才能收到包裹、退款、解锁账户或开始工作',
    en: 'Asks you to pay a fee first (redelivery, customs, release, processing) to get a parcel, a refund or your account back, or to start a job',
  },
  // A stranger's fee request is at least `suspicious` whatever the story; with a fake site it is a scam (composites).
  weight: 40,
  cues: [
    { request: { act: ['act.pay'], object: ['obj.fee'] } },
    // A job you must pay to start (session 11: offers without the word "fee" read safe): a deposit, a kit, equipment
    // or an onboarding charge asked before the work begins. A real employer pays you, and takes a uniform's cost, if
    // ever, from the pay as the contract says (the `unless` list).
    {
      all: [
        ['job', 'jobs', 'position', 'role', 'hired', 'employment', 'onboarding', 'recruiter', 'recruitment', 'work from home',
          'remote work', 'work account', 'your first day', 'your first shift', 'start working', 'start work', 'to start', 'to begin',
          'before you start', 'before you begin', 'activate your account', 'secure your place', 'secure your spot', 'secure the position',
          // ncrecall16 kind C: "selected as a brand ambassador! To get started…", "hire you as a mystery shopper… before your first assignment".
          'to get started', 'ambassador', 'hire you', 'mystery shopper', 'first assignment', 'been selected'],
        ['deposit is required', 'deposit required', 'a small deposit', 'refundable deposit', 'security deposit', 'make a deposit',
          'pay a deposit', 'pay for your training', 'pay for the training', 'pay for your kit', 'pay for the kit', 'training kit',
          'starter kit', 'starter pack', 'work kit', 'equipment fee', 'purchase the equipment', 'buy the equipment',
          'purchase the starter', 'buy the starter', 'purchase your equipment', 'buy your equipment', 'onboarding charge',
          'onboarding fee', 'registration charge', 'pay for your uniform', 'uniform fee', 'pay for the laptop', 'laptop fee',
          'certification fee', 'background check fee', 'pay for your background check', 'activation deposit',
          'our starter kit', 'purchase our', 'buy our training', 'training certification', 'training course', 'pay for the course'],
      ],
      within: 60,
    },
    // The task scam's prepay-then-refund (ncrecall16 kind B: "each task you prepay the order and receive principal plus 15%
    // commission", "we refund the purchase price plus 20% commission", "top up your account for each set of tasks and withdraw
    // with commission"): the reader's money goes first, a rebate is promised on top. A shop's prepaid order or a
    // cashback has no commission paid back to the buyer.
    {
      all: [
        ['prepay', 'pre-pay', 'prepaid the order', 'pay for the order', 'buy products', 'buy the products', 'purchase products',
          'purchase the products', 'top up your account', 'top up your balance', 'deposit funds', 'advance the payment',
          'refund the purchase price', 'refund your purchase', 'reimburse the purchase'],
        ['principal plus', 'plus commission', 'purchase price plus', 'price plus', 'with commission', 'plus a commission',
          'plus 5%', 'plus 10%', 'plus 15%', 'plus 20%', 'plus 25%', 'plus 30%', 'capital plus', 'money back plus'],
      ],
      within: 60,
    },
  ],
  // Bills and memberships have fees too.
  unless: ['late fee', 'annual fee', 'monthly fee', 'membership fee', 'subscription fee', 'no fee', 'free of charge', 'waived', 'your bill', 'statement',
    'nothing to pay', 'prepaid', 'already paid', 'customer service point', 'reference on the card', 'left a card', 'card was left', 'fee to pay card',
    // The employer's own terms: a cost taken from the pay as agreed, or paid back by the company.
    'deducted from your', 'from your first paycheck', 'from your paycheck', 'as agreed in your contract', 'we will reimburse', 'company pays',
    'provided by the company', 'we provide', 'free to join', 'no purchase', 'no need to buy', 'never pay'],
  guards: ['warning'],
  advice: ['refund-never-needs-payment', 'check-domain', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      'USPS: your package could not be delivered. Pay the $1.99 redelivery fee at usps-redelivery.top to reschedule.',
      'Your parcel is held at customs. You must pay a customs fee of $3.50 before delivery.',
      'To release your refund you need to pay a small processing fee.',
      'Royal Mail: a shipping fee of 2.99 GBP is unpaid. Pay the fee today or the parcel returns to sender.',
      'Your account is locked. Pay the unlock fee to restore access.',
      'You have been selected for the remote role. A small deposit is required to start.',
      'Congratulations, you are hired! Please pay for your training kit before your first day.',
    ],
    negative: [
      'There is no fee for returns.',
      'Never pay a fee to get a refund.',
      'Pay your bill by Friday to avoid a late fee.',
      'The annual fee for your card is waived this year.',
      'Scammers may ask you to pay a customs fee by text.',
      'Your uniform is ready; its cost is deducted from your first paycheck as agreed in your contract.',
      'A $200 deposit is required to hold your hotel booking.',
    ],
  },
});

import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'pretext.job-offer',
  stage: 'pretext',
  description: {
    zh: '主动发来"兼职/远程工作"：点赞、刷评价、做"任务"、"优化数据"，日赚几百元，之后要您先垫资充值',
    en: 'An unsolicited "part-time / remote job": liking videos, rating products, "tasks" or "data optimisation" for hundreds a day, later needing you to top up',
  },
  weight: 20,
  cues: [
    {
      all: [
        ['job', 'jobs', 'position', 'positions', 'work', 'workers', 'tasks', 'task', 'opportunity', 'part-time', 'part time', 'role',
          'vacancy', 'hiring', 'recruiting', 'we pay you', 'pay you to'],
        ['earn', 'earns', 'earning', 'make $', 'make £', 'per day', 'a day', 'daily', 'commission', 'paid instantly', 'instant pay',
          'per task', 'a week', 'per week', '/day', 'no experience needed', 'no experience required', 'flexible hours'],
      ],
      within: 60,
    },
    // A job handed to someone who did not ask ("you have been selected for our remote role", "we would like to offer you
    // a work-from-home position"): a story only, until it asks for money or a move (session 11).
    {
      any: ['you have been selected for', "you've been selected for", 'you were selected for', 'you are hired', "you're hired",
        'you have been hired', 'offer you a remote', 'offer you a work from home', 'offer you a part time', 'offer you a part-time',
        'offer you a home', 'reviewed your profile', 'your profile was selected', 'your profile has been selected'],
    },
    // An employer's "HR" or recruiter who is reached on a private app (session 11): a real one writes from the
    // company's mail, portal or phone. With the move itself (shift.private-contact) it is the job scam's opening.
    {
      all: [
        ['hr', 'hr team', 'hr manager', 'hr department', 'recruiter', 'recruiting team', 'recruitment team', 'hiring manager', 'hiring team'],
        ['whatsapp', 'telegram', 'signal app', 'wechat', 'viber'],
      ],
      within: 40,
    },
  ],
  // A real employer: an interview, an application, a contract.
  unless: ['interview', 'application', 'applied', 'cv', 'resume', 'contract', 'payslip', 'rota', 'shift starts', 'annual salary'],
  guards: ['warning'],
  advice: ['no-paid-tasks', 'no-upfront-fee', 'stay-on-platform'],
  examples: {
    positive: [
      'Hi, we have a remote job for you: 30 minutes a day, earn $200 to $500 daily.',
      'Part-time work: like YouTube videos and get paid instantly, $5 per task.',
      'We are hiring part-time workers, simple work from your phone, earn £300 a day.',
      'Our app optimization position pays commission on every task you complete.',
      'We pay you to leave reviews, each task earns $10.',
      'Your application is approved. Contact our HR manager on Telegram to start.',
    ],
    negative: [
      'Thanks for your application, can you come for an interview on Monday?',
      'Your payslip for November is ready.',
      'I have a lot of work to do today.',
      'Task scams promise easy money for liking videos, then ask you to pay.',
      'The job pays an annual salary of £28,000.',
    ],
  },
});

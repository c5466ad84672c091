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
          'per task', 'a week', 'per week', '/day'],
      ],
      within: 60,
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

import { defineTactic } from '../../schema.ts';

const YOUR_THING = [
  'your computer', 'your pc', 'your laptop', 'your device', 'your devices', 'your phone', 'your account',
  'your accounts', 'your bank account', 'your ip', 'your ip address', 'your network', 'your router', 'your wifi',
  'your internet', 'your windows', 'your system', 'your email', 'your apple id', 'your icloud', 'your identity',
  'your social security number', 'your ssn', 'your amazon account', 'your paypal account', 'your microsoft account',
];
const HARM = [
  'hacked', 'infected', 'compromised', 'virus', 'viruses', 'malware', 'trojan', 'trojans', 'spyware', 'breached',
  'hackers', 'hacker', 'corrupted', 'under attack', 'attacked', 'leaked', 'stolen', 'suspended', 'locked',
];

export default defineTactic({
  id: 'pretext.virus-or-hack',
  stage: 'pretext',
  description: {
    zh: '声称您的电脑中了病毒、账户被黑客入侵或 IP 地址被盗用，借机要"帮您处理"',
    en: 'Claims your computer is infected, your account was hacked or your IP address is compromised, so they must "fix" it',
  },
  weight: 20,
  cues: [
    { all: [YOUR_THING, HARM], within: 60 },
    { all: [['has detected', 'have detected', 'we detected', 'scan found', 'threats found', 'detected'], ['virus', 'viruses', 'malware', 'trojan', 'trojans', 'spyware', 'threats', 'hackers']], within: 25 },
    {
      any: [
        'infected with a virus', 'infected with malware', 'virus alert', 'critical alert', 'windows defender alert',
        'firewall alert', 'pornographic virus', 'illegal websites', 'hackers have access', 'hackers are trying',
        'someone is using your', 'someone else is using your', 'someone has access to your', 'someone accessed your',
        'do not shut down', 'do not restart your computer', 'do not turn off your computer', "don't shut down",
        "don't turn off your computer", 'computer has been blocked', 'computer has been locked', 'pc has been blocked',
        'access to this pc has been blocked', 'windows license has expired', 'license has expired',
        'identity has been stolen', 'identity was stolen', 'ip address has been', 'ip address was',
        'said my account was hacked', 'said my account has been hacked', 'said my computer was', 'said my computer is',
        'said my computer has', 'told me my computer', 'told me my account', 'said i had a virus', 'said there was a virus',
        'said someone hacked',
        // Fake pop-up and text alarms: a locked screen, an error code, a count of viruses.
        'has been compromised by', 'viruses detected', 'virus detected', 'infected with', 'pc is blocked', 'computer is blocked',
        'device is blocked', 'browser has been locked', 'browser is locked', 'error code 0x', 'do not restart', 'do not close this',
        "don't close this", 'do not close the window', 'data is at risk', 'files are at risk', 'photos are at risk',
        'malicious software', 'malicious activity', 'spyware detected', 'trojan detected', 'security breach detected',
      ],
    },
  ],
  unless: [
    'if you think', 'if you suspect', 'if you believe', 'if you ever think', 'i think my', 'your password was changed', 'was this you', 'stolen phone', 'lost or stolen',
  ],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app', 'no-app-download'],
  examples: {
    positive: [
      'Your computer has been infected with a dangerous virus and is sending out your bank details.',
      'Ma’am, your IP address has been compromised by hackers from overseas.',
      'We detected that your Amazon account was hacked and used to buy electronics.',
      'WINDOWS DEFENDER ALERT: do not shut down your computer, call support immediately.',
      'There are hackers in your bank account right now, that is why we are calling.',
      'Our servers show that someone is using your PayPal account from Russia.',
      'Your Windows license has expired and your personal files are at risk.',
      'A man from Amazon called and said my account was hacked.',
    ],
    negative: [
      'Change your password right away if you think your account was compromised.',
      'My laptop is so slow, I think it has a virus.',
      'Did you hear that Tom got hacked on Facebook?',
      'Your phone plan renews next week.',
      'Our IT team will update the antivirus on all work laptops tonight.',
      'Remember to run a virus scan once a month.',
      'Google: new sign-in on a Windows device. If this was you, you do not need to do anything.',
    ],
  },
});

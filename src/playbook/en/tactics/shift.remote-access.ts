import { defineTactic } from '../../schema.ts';
import { REMOTE_TOOLS, WORKPLACE } from '../terms.ts';

export default defineTactic({
  id: 'shift.remote-access',
  stage: 'shift',
  description: {
    zh: '要您下载 AnyDesk、TeamViewer 等远程控制软件，或打开某网站输入他给的代码，让他"连接"您的电脑或手机',
    en: 'Asks you to install AnyDesk, TeamViewer or a "support app", or to open a site and type a code, so they can connect to your computer or phone',
  },
  weight: 30,
  cues: [
    // Naming the tool at all is the hand-over: a caller has no other reason to bring it up.
    { any: REMOTE_TOOLS },
    {
      all: [
        ['download', 'install', 'open', 'go to', 'visit', 'run', 'allow', 'accept', 'grant', 'give me', 'click'],
        ['support app', 'support software', 'support tool', 'remote app', 'remote access', 'remote support',
          'remote control', 'remote desktop', 'connection code', 'session code', 'support code', 'access code',
          'allow access', 'access to your computer', 'control of your computer', 'control of your screen',
          'permission to connect', 'the secure app', 'our app', 'our software', 'the software i', 'the program i',
          'this program', 'the program', 'so i can connect', 'so i can fix', 'so i can remove', 'so i can get in'],
      ],
      within: 45,
    },
    {
      any: [
        'connect to your computer', 'connect to your pc', 'connect to your laptop', 'connect to your device',
        'connect to your phone', 'connect to your screen', 'connect with your computer', 'access your computer',
        'access your pc', 'access your laptop', 'access to your computer', 'access to your pc', 'remote into your',
        'take control of your', 'control your computer', 'control your screen', 'control your mouse',
        'see your screen', 'view your screen', 'share your screen', 'screen sharing', 'let me connect',
        'let me get connected', 'get into your computer', 'remote session', 'remote connection', 'remotely connect',
        'connect remotely', 'remotely access', 'access it remotely', 'so i can connect', 'so i can get into',
        // The Run box and the permission prompt of a remote session.
        'windows key and r', 'windows key and the r', 'press windows and r', 'windows key plus r', 'type what i spell',
        'click allow so i', 'click allow and', 'so i can get in', 'so i can see your screen', 'nine digit id', '9 digit id', 'the id on your screen',
      ],
    },
    // The session id the tool shows is what lets them in.
    {
      all: [
        ['tell me', 'read me', 'give me', 'what is', "what's", 'read out', 'send me'],
        ['the id', 'your id', 'the id number', 'your id number', 'nine digit', '9 digit', 'the address on',
          'the number on the screen', 'the number on your screen', 'the code on the screen', 'the code on your screen',
          'the numbers on your screen', 'the numbers on the screen'],
      ],
      within: 40,
    },
    // "Go to this website and type in the code I give you": joining a remote session by hand.
    {
      all: [
        ['type', 'type in', 'enter', 'put in', 'key in', 'go to', 'open', 'website', 'site', 'browser'],
        ['the code i give you', 'the code i am giving you', "the code i'm giving you", 'the code i read',
          'the code i just gave you', 'the code i gave you', 'the number i give you', 'the number i gave you',
          'code i will give you', 'code i will tell you', 'code i am going to give', "code i'm going to give",
          'code i will read', 'number i will give you', 'code i tell you',
          'this code i', 'the following code', 'the support code', 'the session code', 'the connection code',
          'support id', 'session id', 'session number'],
      ],
      within: 60,
    },
    // The grammar: download, install or open a remote-access app, named or not ("install a remote support app").
    { request: { act: ['act.install', 'act.give'], object: ['obj.remote-app'] } },
  ],
  unless: [
    ...WORKPLACE, 'meeting', 'slides', 'presentation', 'zoom call', 'teams call', 'webinar', 'grandma', 'grandpa',
    'mum', 'mom', 'dad',
  ],
  guards: ['warning'],
  advice: ['no-app-download', 'no-screen-share', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      'Please download AnyDesk from the Play Store and read me the nine digit ID.',
      'Go to your browser and type in the code I give you, it will connect you to our refund server.',
      'I need you to install Team Viewer so our technician can fix the virus.',
      'Now click allow, that gives me permission to connect and process your refund.',
      'Let me connect to your computer so I can cancel the order for you.',
      'Download our support app, it is called Ultra Viewer, and open it.',
      'Text from Amazon: to stop the charge, install the secure app QuickAssist and call us.',
      'Sir, you just have to grant access to your computer for two minutes.',
      'Type in www.support-fix.com and enter the six digit code I will give you.',
      "Download the app 'Quick Support' from the App Store and tell me the ID.",
    ],
    negative: [
      "Hi, it's Dave from the IT team, I'll connect via TeamViewer to fix your Outlook as per your ticket.",
      'Can you share your screen in the meeting so we can go through the slides?',
      'I set up remote desktop on my work laptop so I can reach my files from home.',
      'My phone screen cracked, how much is a new one?',
      'The app update is available on the App Store.',
      'Enter the code we sent to your phone to sign in.',
      'I used the remote to turn the TV off.',
    ],
  },
});

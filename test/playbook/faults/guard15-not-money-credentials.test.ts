/**
 * guard15 kind L2: credentials that are not money's (a school's, a building's, a device's or a network's password or
 * account), shared in a family or class chat, read as the bank card's: "把学习通账号密码发我一下，我帮你签到" suspicious 60
 * (extract.card-credentials, extract.identity), "妈，把门禁卡密码告诉我，我到楼下了" 69 (and 卡密 across 门禁卡|密码 read as a
 * gift card's code), "大家把校园网账号密码报给我" 45 (码报给我 inside 密码报给我 read as a code). Now the password or account
 * named with its owner is one noun (zh lexicon NOT_MONEY_CREDENTIALS in the grammar's `nouns`): the 密码 / 账号 inside is no
 * card credential; a bank's, a payment app's or a bare 密码 stays the ask, and a game account stays out (account
 * trading is a scam's own story). Every line is our own writing.
 */
import { describe } from 'vitest';
import { chat, sms, runWithAndWithoutModel as run } from './helpers.ts';

describe('kind L2: a school, door, device or network credential shared among family or classmates stays clean', () => {
  run([
    { name: 'input: the study app to sign in', input: chat('把学习通账号密码发我一下，我帮你签到'), expect: 'safe' },
    { name: 'input: the door code changed', input: chat('家里门禁密码改成了4321，你回来直接按就行'), expect: 'safe' },
    { name: 'input: the parcel locker code', input: chat('快递柜取件码发你了，记得去拿'), expect: 'safe' },
    { name: 'the academic system to choose courses', input: chat('你把教务系统的账号密码告诉我，我帮你选课'), expect: 'safe' },
    { name: 'the home wifi', input: chat('把家里wifi密码告诉我，我连一下'), expect: 'safe' },
    { name: 'the door card, a son downstairs', input: chat('妈，把门禁卡密码告诉我，我到楼下了'), expect: 'safe' },
    { name: 'the study app account and password for the online class', input: chat('把你的学习通账号和密码发给我，我帮你刷一下网课'), expect: 'safe' },
    { name: 'a teacher collecting study app logins', input: chat('同学们把学习通的账号和密码私发给我，我统一帮大家改成绑定手机'), expect: 'safe' },
    { name: 'the router, a new phone', input: chat('老婆，路由器密码是多少？我换了个新手机连不上'), expect: 'safe' },
    { name: 'the locker password', input: chat('宝，快递柜密码发我一下，我下班顺路帮你拿'), expect: 'safe' },
    { name: 'the class monitor and the campus network', input: chat('班长：大家把校园网账号密码报给我，我帮忙统一续费'), expect: 'safe' },
    { name: 'the tablet lock screen', input: chat('儿子，你把平板的锁屏密码告诉我，我要给你弟弟下个网课'), expect: 'safe' },
    { name: 'the building door', input: chat('把单元门的密码发我一下，我在楼下等外卖'), expect: 'safe' },
    { name: 'the safe at home', input: chat('把你的保险柜密码告诉我，我帮你把护照拿出来'), expect: 'safe' },
    { name: 'the archive file', input: chat('压缩包的密码发我一下，文件打不开'), expect: 'safe' },
    { name: 'the new wifi password given', input: sms('爸，家里的wifi密码改了，新密码是 8个8，你手机重新连一下'), expect: 'safe' },
  ]);
});

describe('kind L2: money credentials in the same registers stay flagged', () => {
  run([
    { name: 'the payment password', input: chat('把你的支付密码告诉我'), expect: 'not-safe', tactics: ['extract.card-credentials'] },
    { name: 'the bank card password to check a balance', input: chat('把银行卡密码发给我，我帮你查一下余额'), expect: 'not-safe', tactics: ['extract.card-credentials'] },
    { name: 'the WeChat pay password', input: chat('你把微信支付密码告诉我，我帮你付'), expect: 'not-safe', tactics: ['extract.card-credentials'] },
    { name: 'the study app named, then the bank card password', input: chat('学习通账号我帮你登了，把你的银行卡密码发我，我帮你交学费'), expect: 'not-safe', tactics: ['extract.card-credentials'] },
    { name: 'a fake teacher asks for both', input: chat('我是你们班主任，把学习通账号密码和微信支付密码一起发给我，我帮你们交资料费'), expect: 'not-safe', tactics: ['extract.card-credentials'] },
    { name: 'a platform agent asks the Alipay payment password', input: sms('您好，我是京东客服，您的退款需要验证，请把支付宝支付密码告诉我'), expect: 'not-safe' },
    { name: 'the school bursar and the withdrawal password', input: sms('我是学校财务处的，把家长的银行卡号和取款密码发给我，退学费'), expect: 'not-safe' },
    { name: 'a game account frozen, the bank card asked', input: chat('你的游戏账号涉嫌违规，把绑定的银行卡号和密码发我解封'), expect: 'scam' },
    { name: 'a game account and password asked by a stranger', input: chat('把你的游戏账号密码给我，我帮你上分'), expect: 'not-safe' },
    { name: 'the computer password with a remote app', input: chat('下载一下向日葵，然后把电脑开机密码告诉我，我远程帮您办理退款'), expect: 'scam' },
    { name: 'a bare password', input: chat('把密码报给我'), expect: 'not-safe', tactics: ['extract.card-credentials'] },
    { name: 'the online banking password', input: sms('请把网银密码和收到的验证码发给我，我帮您把理赔款转过去'), expect: 'scam' },
  ]);
});

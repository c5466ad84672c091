import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { decodeQrImage, ImageError, MAX_IMAGE_PIXELS } from '../../src/checks/qr/decode.ts';
import { classifyQrPayload } from '../../src/checks/qr/classify.ts';

const pngOf = (text: string): Promise<Buffer> => QRCode.toBuffer(text, { type: 'png', scale: 4 });

describe('decodeQrImage', () => {
  it('decodes a PNG QR code generated here', async () => {
    expect(decodeQrImage(await pngOf('wxp://f2f0Xk3mQ9pLr7'))).toBe('wxp://f2f0Xk3mQ9pLr7');
  });

  it('decodes a JPEG (the same code re-encoded as a lossy photo-like image)', async () => {
    const png = PNG.sync.read(await pngOf('https://qr.alipay.com/fkx19437abcdef'));
    const jpg = jpeg.encode({ data: png.data, width: png.width, height: png.height }, 75);
    expect(decodeQrImage(jpg.data)).toBe('https://qr.alipay.com/fkx19437abcdef');
  });

  it('decodes Chinese text payloads', async () => {
    expect(decodeQrImage(await pngOf('理赔中心：请添加客服微信'))).toBe('理赔中心：请添加客服微信');
  });

  it('returns null for an image without a QR code', () => {
    const png = new PNG({ width: 64, height: 64 });
    png.data.fill(255);
    expect(decodeQrImage(PNG.sync.write(png))).toBeNull();
  });

  it('rejects non-images with a clear error', () => {
    expect(() => decodeQrImage(new TextEncoder().encode('not an image at all'))).toThrow(/not a PNG or JPEG/);
    expect(() => decodeQrImage(new Uint8Array())).toThrow(ImageError);
  });

  it('rejects images over the pixel limit from the header, before decoding pixels', () => {
    // A PNG header that claims 100000 x 100000 pixels, followed by nothing.
    const header = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
    header.writeUInt32BE(13, 8);
    header.write('IHDR', 12, 'ascii');
    header.writeUInt32BE(100_000, 16);
    header.writeUInt32BE(100_000, 20);
    expect(100_000 * 100_000).toBeGreaterThan(MAX_IMAGE_PIXELS);
    expect(() => decodeQrImage(header)).toThrow(/too large/);
  });

  it('rejects a truncated PNG', async () => {
    const png = await pngOf('hello');
    expect(() => decodeQrImage(png.subarray(0, 60))).toThrow(ImageError);
  });
});

describe('classifyQrPayload', () => {
  it.each([
    ['wxp://f2f0Xk3mQ9pLr7', 'wechat-pay'],
    ['HTTPS://QR.ALIPAY.COM/FKX19437ABCDEF', 'alipay'],
    ['https://qr.95516.com/00010000/01234567890123456789', 'unionpay'],
    ['00020101021226360014A00000033301010108123456785204581253031565802CN5910MERCHANT6007BEIJING6304ABCD', 'emv'],
  ])('%s is a payment code (%s)', (payload, provider) => {
    const r = classifyQrPayload(payload);
    expect(r).toMatchObject({ kind: 'payment', provider, verdict: 'suspicious' });
    expect(r.findings[0]!.id).toBe('payment-qr');
  });

  it.each([
    ['https://weixin.qq.com/g/AQYAAKx3abc', 'wechat'],
    ['https://qm.qq.com/cgi-bin/qm/qr?k=AbCdEf&jump_from=webapi', 'qq'],
    ['https://jq.qq.com/?_wv=1027&k=5AbCdE', 'qq'],
  ])('%s is a group invite (%s)', (payload, provider) => {
    expect(classifyQrPayload(payload)).toMatchObject({ kind: 'group-invite', provider });
  });

  it('an APK link is an app download, checked as a link', () => {
    const r = classifyQrPayload('http://dl.tuikuan-app.top/jd-refund.apk');
    expect(r.kind).toBe('app-download');
    expect(r.verdict).toBe('dangerous');
    expect(r.url?.findings.map((f) => f.id)).toContain('apk-download');
  });

  it('other links go through the link checker', () => {
    expect(classifyQrPayload('https://item.taobao.com/item.htm?id=1')).toMatchObject({ kind: 'url', verdict: 'official' });
    const fake = classifyQrPayload('jd-tuikuan.vip/form');
    expect(fake.kind).toBe('url');
    expect(fake.url?.brand).toBe('jd');
    expect(fake.verdict).toBe('dangerous');
  });

  it('plain text is text', () => {
    expect(classifyQrPayload('会员卡号 12345')).toMatchObject({ kind: 'text', verdict: 'unknown', findings: [] });
  });

  it('bounds the payload', () => {
    expect(classifyQrPayload('x'.repeat(100_000)).payload.length).toBeLessThanOrEqual(4096);
  });
});

/**
 * LINE named as where to talk (ncrecall17 kind 2): the chat app of Taiwan, Japan and Thailand, where a Shopee or a
 * bank's "official" desk is said to wait ("【蝦皮】您的賣場…已被凍結，請加LINE官方客服 @shp-verify"). Like 加微信/加QQ, a move
 * to a private contact (shift.group). Always with what names it as a contact — an add, an id, a desk, a friend, a group
 * — never the bare letters, which are inside online, hotline, deadline, airline. The text is lower-cased first.
 */
export const LINE_CONTACT = [
  '加line', '加入line', '添加line', '加一下line', '加个line', '加我line', '加我的line',
  'line官方', '官方line', 'line客服', 'line好友', 'line帐号', 'line账号', 'line群', 'line id', 'line:', 'line@', 'line搜寻', 'line搜索',
];

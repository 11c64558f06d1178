import { BlockList, isIP } from "node:net";

/**
 * Where webhooks may go: https anywhere public, http only to this machine (a receiver under
 * development), never with credentials in the URL. At send time the name's addresses are checked
 * too, so a public name pointing at a private or link-local address (cloud metadata) is refused
 * unless WEBHOOK_ALLOW_PRIVATE says the city's intranet is meant.
 */

const LOCAL_NAMES = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export type Problem = { "zh-CN": string; en: string };

export function endpointUrlProblem(raw: string, o: { loopback: boolean }): Problem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { "zh-CN": "不是有效的网址", en: "not a valid URL" };
  }
  if (raw.length > 500) return { "zh-CN": "网址最长 500 个字符", en: "at most 500 characters" };
  if (url.username || url.password) return { "zh-CN": "网址中不能含用户名或密码", en: "no user name or password in the URL" };
  const local = LOCAL_NAMES.has(url.hostname.toLowerCase());
  if (local && !o.loopback) return { "zh-CN": "本服务器不向本机地址推送", en: "this server does not send to its own machine" };
  if (url.protocol === "http:" && !local)
    return { "zh-CN": "须为 https 网址（http 仅限本机调试，如 http://localhost/）", en: "must be https (http only for this machine, e.g. http://localhost/)" };
  if (url.protocol !== "https:" && url.protocol !== "http:") return { "zh-CN": "须为 https 网址", en: "must be https" };
  if (url.hash) return { "zh-CN": "网址不能含 # 片段", en: "no #fragment" };
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(literal) && !addressAllowed(literal, { private: false, loopback: o.loopback }))
    return { "zh-CN": "不能发往内网或保留地址", en: "not a private or reserved address" };
  return null;
}

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

const privateNets = new BlockList();
privateNets.addSubnet("10.0.0.0", 8, "ipv4");
privateNets.addSubnet("172.16.0.0", 12, "ipv4");
privateNets.addSubnet("192.168.0.0", 16, "ipv4");
privateNets.addSubnet("100.64.0.0", 10, "ipv4");
privateNets.addSubnet("fc00::", 7, "ipv6");

const neverNets = new BlockList();
neverNets.addSubnet("0.0.0.0", 8, "ipv4");
neverNets.addSubnet("169.254.0.0", 16, "ipv4");
neverNets.addSubnet("224.0.0.0", 3, "ipv4");
neverNets.addSubnet("fe80::", 10, "ipv6");
neverNets.addSubnet("ff00::", 8, "ipv6");
neverNets.addAddress("::", "ipv6");
// Translated or tunnelled forms that can carry any IPv4 address inside (NAT64, 6to4), and Alibaba
// Cloud's metadata service, which sits in the shared address space rather than link-local.
neverNets.addSubnet("64:ff9b::", 96, "ipv6");
neverNets.addSubnet("2002::", 16, "ipv6");
neverNets.addAddress("100.100.100.200", "ipv4");

/** An address a delivery may connect to: public addresses; this machine and private ones only when allowed. */
export function addressAllowed(address: string, allow: { private: boolean; loopback: boolean }): boolean {
  const family = isIP(address) === 6 ? "ipv6" : "ipv4";
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return addressAllowed(mapped[1]!, allow);
  if (loopback.check(address, family)) return allow.loopback;
  if (neverNets.check(address, family)) return false;
  if (privateNets.check(address, family)) return allow.private;
  return true;
}

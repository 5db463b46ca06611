import { contentSecurityPolicy, frameAncestorsFor, readOriginList } from './contentSecurityPolicy';

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split('; ').map((d) => {
      const [name = '', ...values] = d.split(' ');
      return [name, values];
    }),
  );

describe('the pages’ Content-Security-Policy', () => {
  it('allows scripts from self only and connections to the allowed platforms and their sockets', () => {
    const policy = directives(
      contentSecurityPolicy({
        platformOrigins: ['http://127.0.0.1:4010', 'https://api.mypurecloud.jp'],
        frameAncestors: ["'none'"],
      }),
    );
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['connect-src']).toEqual([
      "'self'",
      'http://127.0.0.1:4010',
      'ws://127.0.0.1:4010',
      'https://api.mypurecloud.jp',
      'wss://api.mypurecloud.jp',
    ]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
  });

  it('lets only the demo frame the standalone page, plus configured CRM origins', () => {
    expect(frameAncestorsFor('/demo/')).toEqual(["'none'"]);
    expect(frameAncestorsFor('/standalone/', ['https://crm.example'])).toEqual([
      "'self'",
      'https://crm.example',
    ]);
  });

  it('reads origin lists from the environment and refuses anything but http(s) origins', () => {
    expect(readOriginList(' https://a.example/x , http://b.example:8080 ', 'X')).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
    expect(readOriginList(undefined, 'X')).toEqual([]);
    expect(() => readOriginList('javascript:alert(1)', 'X')).toThrow(/must be http/);
  });
});

import { loadEmbeddableConfig, parseEmbeddableConfig } from './embeddableConfig';
import { checkParent } from './parentOrigin';

const page = 'https://agent.example.com/crm-client/index.html';

describe('config.json', () => {
  it('resolves URLs against the page and fills the defaults', () => {
    const { config, unknownKeys } = parseEmbeddableConfig(
      {
        platformBaseUrl: 'https://api.mypurecloud.com/',
        frameworkUrl: 'framework.js',
        allowedParentOrigins: ['https://crm.example.com'],
        extra: 1,
      },
      page,
    );
    expect(config).toEqual({
      platformBaseUrl: 'https://api.mypurecloud.com',
      loginBaseUrl: 'https://api.mypurecloud.com',
      frameworkUrl: 'https://agent.example.com/crm-client/framework.js',
      callbackUrl: 'https://agent.example.com/crm-client/callback.html',
      allowedParentOrigins: ['https://crm.example.com'],
      signIn: 'oauth',
    });
    expect(unknownKeys).toEqual(['extra']);
  });

  it.each([
    [{}, 'platformBaseUrl is required'],
    [[], 'one JSON object'],
    [{ platformBaseUrl: 'javascript:alert(1)' }, 'must be an http(s) URL'],
    [{ platformBaseUrl: 'https://p.test', signIn: 'magic' }, 'signIn must be'],
    [
      { platformBaseUrl: 'https://p.test', allowedParentOrigins: 'https://crm.test' },
      'list of origins',
    ],
    [
      { platformBaseUrl: 'https://p.test', allowedParentOrigins: ['crm.test'] },
      'not an absolute origin',
    ],
  ])('refuses %j clearly', (json, message) => {
    expect(() => parseEmbeddableConfig(json, page)).toThrow(message);
  });

  it('tells a missing file from a broken one', async () => {
    const answer = (status: number, body: string) => () =>
      Promise.resolve(new Response(body, { status }));
    expect(await loadEmbeddableConfig(page, answer(404, ''))).toMatchObject({ kind: 'missing' });
    expect(await loadEmbeddableConfig(page, answer(200, '{ nope'))).toMatchObject({
      kind: 'broken',
    });
    expect(await loadEmbeddableConfig(page, answer(200, '{}'))).toMatchObject({
      kind: 'broken',
      detail: 'platformBaseUrl is required',
    });
    expect(
      await loadEmbeddableConfig(page, () => Promise.reject(new TypeError('Failed to fetch'))),
    ).toEqual({ kind: 'missing', detail: 'Failed to fetch' });
  });
});

describe('the parent check', () => {
  const framed = (ancestors: string[] | undefined, referrer = '') => ({
    self: {},
    top: {},
    location: {
      ...(ancestors === undefined
        ? {}
        : { ancestorOrigins: Object.assign([...ancestors], { length: ancestors.length }) }),
    },
    document: { referrer },
  });

  it('allows only listed origins, all the way up', () => {
    const allowed = ['https://crm.example.com'];
    expect(checkParent(framed(['https://crm.example.com']), allowed)).toEqual({
      kind: 'allowed',
      origin: 'https://crm.example.com',
    });
    expect(checkParent(framed(['https://evil.test']), allowed)).toEqual({
      kind: 'refused',
      origin: 'https://evil.test',
    });
    expect(checkParent(framed(['https://crm.example.com', 'https://evil.test']), allowed)).toEqual({
      kind: 'refused',
      origin: 'https://evil.test',
    });
  });

  it('uses the referrer where ancestorOrigins is missing (Firefox)', () => {
    expect(
      checkParent(framed(undefined, 'https://crm.example.com/contacts?id=1'), [
        'https://crm.example.com',
      ]),
    ).toMatchObject({
      kind: 'allowed',
    });
    expect(checkParent(framed(undefined, ''), ['https://crm.example.com'])).toMatchObject({
      kind: 'refused',
    });
  });

  it('says so when the page is opened on its own', () => {
    const top = {};
    expect(checkParent({ self: top, top, location: {}, document: { referrer: '' } }, [])).toEqual({
      kind: 'notFramed',
    });
  });
});

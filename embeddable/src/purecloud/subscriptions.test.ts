import { createSubscriptions } from './subscriptions';

describe('PureCloud.subscribe', () => {
  it('delivers by type and category, and refuses what is not a subscription', () => {
    const reports: string[] = [];
    const subs = createSubscriptions((r) => reports.push(r));
    const all: string[] = [];
    const onlyAdd: string[] = [];
    const refused = subs.subscribe([
      { type: 'Interaction', callback: (c: string) => all.push(c) },
      { type: 'Interaction', categories: ['add'], callback: (c: string) => onlyAdd.push(c) },
      { type: 'Voicemail', callback: () => undefined },
      { type: 'UserAction' },
    ]);
    expect(refused).toEqual(['subscription type "Voicemail"', 'a subscription without a callback']);
    subs.emit('Interaction', 'add', {});
    subs.emit('Interaction', 'change', {});
    subs.emit('UserAction', 'status', {});
    expect(all).toEqual(['add', 'change']);
    expect(onlyAdd).toEqual(['add']);
  });

  it('reports a subscriber that throws once and keeps delivering to the others', () => {
    const reports: string[] = [];
    const subs = createSubscriptions((r) => reports.push(r));
    const heard: string[] = [];
    subs.subscribe([
      {
        type: 'Interaction',
        callback: () => {
          throw new Error('oops');
        },
      },
      { type: 'Interaction', callback: (c: string) => heard.push(c) },
    ]);
    subs.emit('Interaction', 'add', {});
    subs.emit('Interaction', 'change', {});
    expect(heard).toEqual(['add', 'change']);
    expect(reports).toEqual(['Interaction add: oops']);
  });
});

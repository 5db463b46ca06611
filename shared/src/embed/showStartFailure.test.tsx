import { within } from '@testing-library/react';
import { showStartFailure } from './showStartFailure';

function pageElement(): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('aria-busy', 'true');
  element.innerHTML = '<p>Loading…</p>';
  document.body.replaceChildren(element);
  return element;
}

describe('a page that could not start', () => {
  it('says so in the client’s place, with the reason, and reloads on Reload', () => {
    const element = pageElement();
    const reload = jest.fn();
    showStartFailure(
      element,
      new TypeError('Failed to fetch dynamically imported module: /assets/view.js'),
      { language: 'en', reload },
    );
    const alert = within(element).getByRole('alert');
    expect(alert).toHaveTextContent('The agent client could not start.');
    expect(alert).toHaveTextContent('Failed to fetch dynamically imported module: /assets/view.js');
    expect(within(element).queryByText('Loading…')).toBeNull();
    // The words are the alert; the control is beside it, not read as part of the message.
    expect(within(alert).queryByRole('button')).toBeNull();
    within(element).getByRole('button', { name: 'Reload' }).click();
    expect(reload).toHaveBeenCalledTimes(1);
    // No longer busy: a busy element's alert may go unannounced.
    expect(element).not.toHaveAttribute('aria-busy');
  });

  it('speaks Japanese when the page does', () => {
    const element = pageElement();
    showStartFailure(element, new Error('config.json could not be read'), { language: 'ja' });
    const alert = within(element).getByRole('alert');
    expect(alert).toHaveTextContent('エージェントクライアントを開始できませんでした。');
    expect(alert.closest('[lang]')).toHaveAttribute('lang', 'ja');
    expect(within(element).getByRole('button', { name: '再読み込み' })).toBeEnabled();
  });

  it('takes the browser’s language when the page did not get as far as knowing its own', () => {
    const languages = jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('ja-JP');
    try {
      const element = pageElement();
      showStartFailure(element, 'The platform address is not allowed');
      expect(within(element).getByRole('button', { name: '再読み込み' })).toBeInTheDocument();
    } finally {
      languages.mockRestore();
    }
  });

  it('shows a hostile reason as text, never as markup', () => {
    const element = pageElement();
    showStartFailure(element, new Error('<img src=x onerror="alert(1)"><b>bold</b>'), {
      language: 'en',
    });
    expect(element.querySelector('img, b')).toBeNull();
    expect(within(element).getByRole('alert')).toHaveTextContent(
      '<img src=x onerror="alert(1)"><b>bold</b>',
    );
  });
});

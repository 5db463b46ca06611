// The form primitives as a user (and a screen reader) meets them: the label names the
// control, help and error text describe it, an error marks it invalid and is announced,
// a click on a checkbox's or radio's words chooses it.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Checkbox } from './Checkbox';
import { RadioGroup } from './RadioGroup';
import { Select } from './Select';
import { Textarea } from './Textarea';
import { SearchInput, TextInput } from './TextInput';

function Editable({
  onValue,
  ...field
}: {
  help?: string;
  error?: string;
  onValue?: (value: string) => void;
}) {
  const [value, setValue] = useState('');
  return (
    <TextInput
      label="Platform URL"
      value={value}
      {...field}
      onValueChange={(next) => {
        setValue(next);
        onValue?.(next);
      }}
    />
  );
}

describe('the SLDS form primitives', () => {
  it('names a text input by its label and hands every keystroke to the owner', async () => {
    const onValue = jest.fn();
    render(<Editable onValue={onValue} />);
    const input = screen.getByRole('textbox', { name: 'Platform URL' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
    await userEvent.type(input, 'ab');
    expect(input).toHaveValue('ab');
    expect(onValue).toHaveBeenLastCalledWith('ab');
  });

  it('describes the control by its help and error text and marks it invalid on an error', () => {
    render(<Editable help="Set by your administrator" error="Not a URL" />);
    const input = screen.getByRole('textbox', { name: 'Platform URL' });
    expect(input).toHaveAccessibleDescription('Set by your administrator Not a URL');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Not a URL');
  });

  it('puts a search box and its button on one row, the box still named by its label', async () => {
    const find = jest.fn();
    render(
      <SearchInput
        label="Search queues"
        value=""
        onValueChange={() => undefined}
        action={
          <button type="button" onClick={find}>
            Find
          </button>
        }
      />,
    );
    const box = screen.getByRole('searchbox', { name: 'Search queues' });
    expect(box.parentElement).toContainElement(screen.getByRole('button', { name: 'Find' }));
    await userEvent.click(screen.getByRole('button', { name: 'Find' }));
    expect(find).toHaveBeenCalledTimes(1);
  });

  it('keeps a description from elsewhere first and is invalid without an error line', () => {
    render(
      <>
        <span id="counter">3 / 10</span>
        <Textarea
          label="Reply"
          value="abc"
          describedBy="counter"
          invalid
          onValueChange={() => undefined}
        />
      </>,
    );
    const reply = screen.getByRole('textbox', { name: 'Reply' });
    expect(reply).toHaveAccessibleDescription('3 / 10');
    expect(reply).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('chooses an option of a select named by its label', async () => {
    const onValue = jest.fn();
    render(
      <Select label="Presence" value="Away" onValueChange={onValue}>
        <option value="Away">Away</option>
        <option value="On Queue">On Queue</option>
      </Select>,
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Presence' }), 'On Queue');
    expect(onValue).toHaveBeenCalledWith('On Queue');
  });

  it('toggles a checkbox from its words, and a disabled one says why', async () => {
    const onChecked = jest.fn();
    render(
      <>
        <Checkbox label="Ring here" checked={false} onCheckedChange={onChecked} />
        <Checkbox
          label="Auto-answer"
          checked
          disabled
          help="Set by your administrator"
          onCheckedChange={onChecked}
        />
      </>,
    );
    await userEvent.click(screen.getByText('Ring here'));
    expect(onChecked).toHaveBeenCalledWith(true);
    const managed = screen.getByRole('checkbox', { name: 'Auto-answer' });
    expect(managed).toBeDisabled();
    expect(managed).toHaveAccessibleDescription('Set by your administrator');
  });

  it('groups radios under their legend and moves the choice with a click on the words', async () => {
    const onValue = jest.fn();
    render(
      <RadioGroup
        legend="Sign in as"
        name="agent"
        options={[
          { value: 'a', label: 'Hanako' },
          { value: 'b', label: 'Casey' },
        ]}
        value="a"
        onValueChange={onValue}
      />,
    );
    const group = screen.getByRole('group', { name: 'Sign in as' });
    expect(group).toContainElement(screen.getByRole('radio', { name: 'Hanako' }));
    expect(screen.getByRole('radio', { name: 'Hanako' })).toBeChecked();
    await userEvent.click(screen.getByText('Casey'));
    expect(onValue).toHaveBeenCalledWith('b');
  });
});

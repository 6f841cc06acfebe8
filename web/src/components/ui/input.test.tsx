import { describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Input } from './input';
import { TextArea } from './text-area';
import { SearchField } from './search-field';

describe('Input and TextArea', () => {
  it('are found by their label, with hint and error described', () => {
    render(
      <>
        <Input label="Email" hint="The one you signed up with" error="Enter an email" />
        <TextArea label="What happened?" />
      </>,
    );
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAccessibleDescription('The one you signed up with Enter an email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('What happened?').tagName).toBe('TEXTAREA');
  });
});

function ControlledSearch({ onChange }: { onChange?: (v: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <SearchField
      label="Search help"
      clearLabel="Clear search"
      value={value}
      onValueChange={(v) => {
        setValue(v);
        onChange?.(v);
      }}
    />
  );
}

describe('SearchField', () => {
  it('is a labelled search box in a search landmark', () => {
    render(<ControlledSearch />);
    expect(screen.getByRole('search')).toContainElement(screen.getByRole('searchbox', { name: 'Search help' }));
  });

  it('clears with the clear button, which only shows when there is text, and keeps focus', async () => {
    const onChange = vi.fn();
    render(<ControlledSearch onChange={onChange} />);
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
    await userEvent.type(screen.getByRole('searchbox'), 'refund');
    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('clears on Escape', async () => {
    render(<ControlledSearch />);
    await userEvent.type(screen.getByRole('searchbox'), 'upi{Escape}');
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });
});

import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from './App';
import { json, stubFetch } from '@/testing/fetch';
import { categories } from '@/testing/fixtures';

function at(path: string) {
  window.history.pushState({}, '', path);
  return render(<App />);
}

describe('routes per audience', () => {
  it('/ goes to the customer support hub', async () => {
    stubFetch({ 'GET /api/support/faqs/categories': () => json(categories) });
    at('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'How can we help?' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/support');
  });

  it('/agent loads the agent console, which asks a signed-out agent to sign in', async () => {
    at('/agent');
    expect(await screen.findByRole('heading', { name: 'Sign in to the console' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/agent/sign-in');
  });

  it('/admin loads the admin console, which asks a signed-out supervisor to sign in and come back', async () => {
    at('/admin/reports');
    expect(await screen.findByRole('heading', { name: 'Sign in to the console' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/agent/sign-in');
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/admin/reports');
  });

  it('an unknown path says so and leads back', async () => {
    at('/support/no/such/page');
    expect(await screen.findByRole('heading', { name: 'This page does not exist' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Help' })).toHaveAttribute('href', '/support');
  });
});

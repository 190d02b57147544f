import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router-dom';
import { z } from 'zod';
import { App } from './App';
import { PlannerClientError } from './api/transport';
import './styles.css';

// zod would probe for eval (to compile faster validators); the strict CSP forbids eval, so say no up front.
z.config({ jitless: true });

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A typed error from the core (not found, invalid) will not change on retry.
      retry: (count, error) => !(error instanceof PlannerClientError) && count < 2,
      refetchOnWindowFocus: true,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <App />
      </HashRouter>
    </QueryClientProvider>
  </StrictMode>,
);

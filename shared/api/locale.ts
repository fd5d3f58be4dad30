import { z } from 'zod';

// Validation messages cross the boundary to the analyst, so zod speaks Bahasa Indonesia ("Input tidak valid").
z.config(z.locales.id());

export { z };

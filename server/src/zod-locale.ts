import { z } from 'zod';

// zod's own messages ("Trop petit : nombre doit être >=1") reach the staff: in French, like the rest.
z.config(z.locales.fr());

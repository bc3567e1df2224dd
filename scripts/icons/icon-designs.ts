import { arc, disc, leftHalf, shield, stroke, union, type Shape } from './shield-shapes';

/** An icon as layers painted bottom to top; each layer is a shape and its colour (RGB hex). */
export interface Layer {
  shape: Shape;
  colour: string;
}

export const iconVariants = ['none', 'verified', 'lookalike', 'danger'] as const;
export type IconVariant = (typeof iconVariants)[number];

const outer = shield();
const inner = shield(0.8);

/**
 * One design per toolbar state. Colours match components/palette.ts, and each state also has its own mark
 * (check, question mark, exclamation mark) so the toolbar does not speak in colour alone.
 */
export const iconDesigns: Record<IconVariant, Layer[]> = {
  // The product: a two-tone blue shield, calm and recognisable.
  none: [
    { shape: outer, colour: '#083b8c' },
    { shape: inner, colour: '#0b57d0' },
    { shape: leftHalf(inner), colour: '#4f86e8' },
  ],
  verified: [
    { shape: outer, colour: '#064d20' },
    { shape: inner, colour: '#0b6b2e' },
    { shape: stroke([{ u: 0.31, v: 0.5 }, { u: 0.45, v: 0.64 }, { u: 0.7, v: 0.36 }], 0.065), colour: '#ffffff' },
  ],
  lookalike: [
    { shape: outer, colour: '#8a5a00' },
    { shape: inner, colour: '#f2a900' },
    {
      shape: union(
        arc({ u: 0.5, v: 0.37 }, 0.115, 0.055, -Math.PI - 0.2, Math.PI / 6),
        stroke([{ u: 0.6, v: 0.43 }, { u: 0.5, v: 0.52 }, { u: 0.5, v: 0.58 }], 0.055),
        disc({ u: 0.5, v: 0.72 }, 0.065),
      ),
      colour: '#1a1a1a',
    },
  ],
  danger: [
    { shape: outer, colour: '#7a1a14' },
    { shape: inner, colour: '#b3261e' },
    { shape: union(stroke([{ u: 0.5, v: 0.25 }, { u: 0.5, v: 0.55 }], 0.07), disc({ u: 0.5, v: 0.71 }, 0.075)), colour: '#ffffff' },
  ],
};

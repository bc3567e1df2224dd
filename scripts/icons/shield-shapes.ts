/**
 * The toolbar icon's shapes as "is this point inside?" tests in a unit square (u right, v down). Plain geometry
 * rather than an image editor's file, so the icons can be redrawn from code and reviewed as a diff.
 */
export type Point = { u: number; v: number };
export type Shape = (p: Point) => boolean;

const TOP = 0.07;
const SHOULDER = 0.5;
const TIP = 0.95;
const HALF_WIDTH = 0.4;

/** The shield: a slightly domed top, straight sides, then sides curving in to a point at the bottom. */
export function shield(scale = 1): Shape {
  return ({ u, v }) => {
    // Scale about the shield's middle, so an inner shield leaves an even rim.
    const x = (u - 0.5) / scale;
    const y = (v - 0.51) / scale + 0.51;
    if (y > TIP) return false;
    const top = TOP + 0.06 * (x / HALF_WIDTH) ** 2;
    if (y < top) return false;
    const t = y <= SHOULDER ? 0 : (y - SHOULDER) / (TIP - SHOULDER);
    return Math.abs(x) <= HALF_WIDTH * (1 - t * t);
  };
}

export function leftHalf(shape: Shape): Shape {
  return (p) => p.u < 0.5 && shape(p);
}

/** A stroke along a polyline, with round ends and joins. */
export function stroke(points: readonly Point[], halfWidth: number): Shape {
  return (p) => points.slice(1).some((b, i) => distanceToSegment(p, points[i]!, b) <= halfWidth);
}

export function disc(centre: Point, radius: number): Shape {
  return ({ u, v }) => Math.hypot(u - centre.u, v - centre.v) <= radius;
}

/** An arc of a ring, between two angles (radians, measured clockwise on screen from "right"). */
export function arc(centre: Point, radius: number, halfWidth: number, from: number, to: number): Shape {
  return ({ u, v }) => {
    if (Math.abs(Math.hypot(u - centre.u, v - centre.v) - radius) > halfWidth) return false;
    let angle = Math.atan2(v - centre.v, u - centre.u);
    while (angle < from) angle += 2 * Math.PI;
    return angle <= to;
  };
}

export function union(...shapes: Shape[]): Shape {
  return (p) => shapes.some((shape) => shape(p));
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const du = b.u - a.u;
  const dv = b.v - a.v;
  const lengthSquared = du * du + dv * dv;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.u - a.u) * du + (p.v - a.v) * dv) / lengthSquared));
  return Math.hypot(p.u - (a.u + t * du), p.v - (a.v + t * dv));
}

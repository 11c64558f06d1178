"use client";

import { useEffect, type ReactNode } from "react";
import { brandStyle } from "@/lib/tenants/brand-style";
import { postToHost, type EmbedContext } from "./host-bridge";

/** An embed page's frame: the host's theme colour (already checked) over the portal's brand. */
export function EmbedShell({ ctx, theme, children }: { ctx: EmbedContext; theme: string | null; children: ReactNode }) {
  return (
    <div style={brandStyle(theme, null)}>
      <EmbedFrame ctx={ctx}>{children}</EmbedFrame>
    </div>
  );
}

/** Tells the host we loaded, and our height whenever it changes (the host sizes the iframe to it). */
export function EmbedFrame({ ctx, children }: { ctx: EmbedContext; children: ReactNode }) {
  useEffect(() => {
    postToHost(ctx, { type: "shuzhen:loaded", detail: { path: window.location.pathname } });
    let last = 0;
    const measure = () => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height !== last) {
        last = height;
        postToHost(ctx, { type: "shuzhen:resize", detail: { height } });
      }
    };
    // Measured directly, never in an animation frame: a frame the host has scrolled out of view is not
    // rendered (Chromium throttles off-screen cross-origin frames), so a resize waiting for one never
    // came and the result stayed in a 56 px frame. The timer is the safety net for the same case.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    const timer = window.setInterval(measure, 500);
    measure();
    return () => {
      observer.disconnect();
      window.clearInterval(timer);
    };
  }, [ctx]);
  return <div className="px-3 py-4 sm:px-4">{children}</div>;
}

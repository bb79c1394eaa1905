package org.newsum.architecture;

/** A public type outside the API and internal packages, for proving the boundary rule fails on one. */
public final class StrayPublicType {
  private StrayPublicType() {}
}

package org.newsum.cleaning;

/** What a line or paragraph of scraped text is, as decided by the {@link FurnitureCleaner}. */
public enum BlockLabel {
  /** Article prose: kept and eligible for summaries. */
  BODY,
  /** A headline or section heading: kept as structure, never a summary sentence. */
  HEADING,
  /** Page furniture (menus, ads, forms, credits, pleas, footers): blanked out. */
  FURNITURE
}

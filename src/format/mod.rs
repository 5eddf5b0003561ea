//! Numbers, dates, units and percentage points for people, in English and Danish.

"""Excel and PDF exports of a comparison. Renders engine results; computes nothing; no Qt."""

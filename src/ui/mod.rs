//! UI (placeholder until components land).

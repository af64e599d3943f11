"""Reusable widgets: the records table and model, form fields with inline errors,
date/time editors that show two zones, and record pickers."""

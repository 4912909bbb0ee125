"""Classroom material for teachers of pupils aged 10–14 (built in the classroom issue)."""

"""Reading a resolution's text into a proposed plan that a person reviews."""

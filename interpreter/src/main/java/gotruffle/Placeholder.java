package gotruffle;
class Placeholder {}

package formal

const Title = "Dear"

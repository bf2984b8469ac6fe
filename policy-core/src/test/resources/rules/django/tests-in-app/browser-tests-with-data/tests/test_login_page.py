from selenium import webdriver
from selenium.webdriver.common.by import By


def test_login_form_is_shown():
    driver = webdriver.Firefox()
    driver.get("http://localhost:8080/login")
    assert driver.find_element(By.ID, "id_username")
    driver.quit()
